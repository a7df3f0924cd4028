#!/usr/bin/env python3
"""Generate resources/catalog/demo_catalog.json (the curated Lectern demo catalog).

Deterministic: running it twice produces byte-identical output. The course data below is
hand-written; this script only assigns ids, applies free previews and serialises the JSON
in the `lectern-catalog` v1 format (docs/catalog-format.md).

Usage: python3 tools/make_demo_catalog.py [OUTPUT]
"""
import json
import os
import sys

# ---------------------------------------------------------------------------
# Instructors (all fictional)
# ---------------------------------------------------------------------------
INSTRUCTORS = [
    ("linzy", "林知远", "资深 Python 工程师，前某云厂商技术专家",
     "十二年后端开发经验，主导过日均十亿级请求的分布式任务平台。业余时间在社区讲 Python 编程，"
     "相信“先写出能跑的代码，再写出好代码”。"),
    ("zhousy", "周思源", "全栈工程师 · Go 与云原生布道者",
     "先后在电商与金融科技公司负责交易链路，熟悉 Go、Kubernetes 与高并发系统设计。"
     "喜欢把复杂的系统拆成可以画在一张白板上的图。"),
    ("suxq", "苏晓晴", "数据科学家，前互联网公司增长分析负责人",
     "统计学硕士，做过用户增长、风控建模和商业分析。擅长把机器学习和数据分析讲成业务听得懂的话，"
     "带过的分析师团队超过 40 人。"),
    ("chenmo", "陈墨", "算法研究员 · 推荐与视觉方向",
     "博士毕业后一直在工业界做深度学习落地，发表过多篇顶会论文，负责过日活千万级产品的推荐系统。"),
    ("xukx", "许可欣", "UI/UX 设计总监",
     "十年移动端与 B 端产品设计经验，搭建过两套被上百名设计师使用的设计系统。"
     "坚持“好看只是及格线，好用才是设计”。"),
    ("gaonan", "高楠", "英语教学专家 · 雅思口语前考官培训师",
     "英语语言文学硕士，在英国工作生活六年。十余年雅思、考研英语与商务英语教学经验，学员累计超过 20 万。"),
    ("wuhz", "吴惠子", "日语讲师 · JLPT N1",
     "在东京留学并工作七年，回国后专注日语入门教学。讲课节奏慢而扎实，特别照顾零基础学员。"),
    ("handong", "韩东", "产品负责人 · 前大厂高级产品经理",
     "从运营转岗产品，做过 C 端社交、B 端 SaaS 和企业内部工具，主导的产品累计服务超过 3000 家企业客户。"),
    ("songyt", "宋雨桐", "钢琴教师 · 音乐教育硕士",
     "音乐学院钢琴表演专业毕业，从事成人钢琴与乐理教学十年。她相信成年人学琴不需要天赋，需要的是对的方法。"),
    ("maxiao", "马骁", "独立音乐人 · 吉他手",
     "乐队吉他手，发行过两张原创专辑。开设线下吉他工作室八年，教会了上千名零基础学员弹唱。"),
    ("guqs", "顾青山", "商业摄影师 · 风光摄影爱好者",
     "为多个户外与时尚品牌拍摄商业大片，作品入选多项国际摄影奖。周末常常背着相机在山里等日出。"),
    ("hejy", "何静怡", "考研数学主讲",
     "数学专业硕士，专注考研数学辅导九年。擅长把题型归纳成方法，带出的学员多人数学单科 140+。"),
    ("shenyf", "沈一帆", "个人效率教练 · 职场成长作者",
     "前咨询顾问，长期研究时间管理与知识管理方法，著有职场成长类畅销书。现为多家企业提供效率与沟通培训。"),
    ("okafor", "Daniel Okafor", "Staff Software Engineer, backend and cloud infrastructure",
     "Daniel has spent 14 years building APIs and platform tooling for fintech and logistics companies. "
     "He holds several cloud certifications and mentors junior engineers on clean, boring, reliable code."),
    ("raman", "Priya Raman", "Frontend engineer and React educator",
     "Priya leads a design-systems team and has shipped React apps used by millions of people. "
     "She loves explaining why things work, not just how to make the error go away."),
    ("hale", "Marcus Hale", "Analytics engineer, SQL enthusiast",
     "Marcus built the data warehouse of a mid-size e-commerce company from zero. "
     "He teaches SQL and data modelling the way he wishes he had learned it: with real, messy data."),
    ("vasquez", "Elena Vasquez", "Applied statistician and experimentation lead",
     "Elena ran the experimentation platform at a subscription business, reviewing hundreds of A/B tests a year. "
     "Before that she did a PhD in biostatistics."),
    ("brooks", "Hannah Brooks", "Senior product designer",
     "Hannah has designed banking, healthcare and travel products over the past decade. "
     "She runs a small UX research practice and teaches interaction design at evening classes."),
    ("ferreira", "Tomás Ferreira", "Polyglot language teacher (Spanish, Portuguese)",
     "Born in Lisbon and raised between Portugal and Mexico, Tomás has taught languages online for nine years. "
     "His lessons lean heavily on listening and speaking from day one."),
    ("harper", "Mei Lin Harper", "Mandarin teacher for English speakers",
     "Mei Lin grew up bilingual in Singapore and London and has taught Mandarin to adult learners since 2014. "
     "She is known for making tones feel approachable."),
    ("whitfield", "Grace Whitfield", "Startup CFO and strategy consultant",
     "Grace has been the finance lead at three venture-backed startups and advises founders on fundraising and pricing. "
     "She believes every manager should be able to read a P&L."),
    ("lindqvist", "Oliver Lindqvist", "Pianist, guitarist and music producer",
     "A Stockholm-born multi-instrumentalist, Oliver has played jazz clubs across Europe and produced records for indie artists. "
     "He has been teaching online since 2017."),
    ("nakamura", "Sam Nakamura", "Documentary and street photographer",
     "Sam has photographed for travel magazines and small brands on four continents. "
     "Sam's workshops focus on seeing light and telling stories rather than on buying gear."),
    ("thornton", "Rebecca Thornton", "Test-prep coach (IELTS, GRE)",
     "Rebecca has helped over 6,000 students reach their target scores. She used to write practice material "
     "for a major test-prep publisher and knows exactly how examiners think."),
    ("castillo", "Noah Castillo", "Performance coach and former remote-team manager",
     "Noah managed fully remote engineering teams for eight years before becoming a coach. "
     "He writes a weekly newsletter on focus, habits and communication."),
]

# ---------------------------------------------------------------------------
# Courses. Section outline mini-language:
#   "# Section title"            starts a section
#   "<kind> <m:ss> Lesson title"  kind: v=video, p=audio, t=article, q=quiz
# ---------------------------------------------------------------------------
COURSES = []


def C(**kw):
    COURSES.append(kw)


# ============================ programming ===================================
C(title="Python 入门：从零到写出第一个项目",
  subtitle="面向零基础的 Python 编程课，30 天写出属于自己的小工具",
  desc="这是一门真正从零开始的 Python 入门课。你不需要任何编程基础，只要会用电脑打字，就能跟着课程装好环境、写出第一行代码。\n"
       "课程以一个“个人记账本”小项目贯穿始终：变量、条件、循环、函数、文件读写和第三方库，每学一个知识点就给项目加一块功能。"
       "学完后，你将能独立读懂常见的 Python 代码，并用它自动化日常工作中的重复操作。",
  ins="linzy", cat="programming", tags=["python", "编程", "入门", "零基础"], lang="zh", level="beginner",
  price=19900, rating=4.8, rc=1523, enr=28411, pub="2025-03-01T08:00:00Z", upd="2026-06-12T10:30:00Z",
  s="""
# 第一章 环境准备
v 5:12 课程导学：我们要做一个什么项目
v 9:40 安装 Python 与 VS Code
t 6:00 Windows 与 macOS 常见安装问题
# 第二章 Python 基础语法
v 14:25 变量、数字与字符串
v 17:02 列表与字典：记账本的数据结构
v 12:48 条件判断与循环
q 5:00 本章小测：基础语法
# 第三章 函数与模块
v 15:30 定义函数，拆分你的代码
v 11:16 模块与 import
v 13:55 用 pip 安装第三方库
# 第四章 项目实战：个人记账本
v 19:40 读写 CSV 文件
v 22:05 统计月度支出并生成报表
v 16:33 打包成命令行小工具
t 8:00 下一步学什么：Python 学习路线图
""")

C(title="Go 语言并发编程实战",
  subtitle="goroutine、channel 与 context，写出不漏不卡的高并发服务",
  desc="Go 的并发模型简单得让人上瘾，也容易让人掉坑：goroutine 泄漏、死锁、数据竞争在线上往往比你想象中更常见。"
       "本课程从调度器原理讲起，结合十几个真实线上事故复盘，带你掌握 channel、sync 包、context 与并发模式的正确用法。\n"
       "最后我们会从零实现一个带限流、超时与优雅退出的任务调度服务，并用 pprof 与 race detector 做性能与正确性分析。",
  ins="zhousy", cat="programming", tags=["go", "golang", "并发", "编程", "后端"], lang="zh", level="intermediate",
  price=29900, rating=4.7, rc=864, enr=9312, pub="2024-05-18T02:00:00Z", upd="2025-11-03T09:15:00Z",
  s="""
# 第一章 从调度器说起
v 18:20 GMP 模型：goroutine 是怎么跑起来的
v 14:05 goroutine 的代价与泄漏
t 9:00 事故复盘：一次 goroutine 泄漏导致的内存暴涨
# 第二章 channel 与同步原语
v 21:30 有缓冲与无缓冲 channel
v 16:48 select 与超时控制
v 19:12 Mutex、RWMutex 与 sync.Once
v 12:40 atomic 与数据竞争检测
q 8:00 本章测验：找出代码中的并发 bug
# 第三章 并发模式
v 17:25 Worker Pool 与 Fan-out/Fan-in
v 15:10 Pipeline 模式
v 20:02 context：取消、超时与值传递
# 第四章 实战：任务调度服务
v 24:30 服务骨架与任务模型
v 26:15 限流、重试与熔断
v 22:40 优雅退出与 pprof 性能分析
""")

C(title="编程思维启蒙：写给完全没有基础的你",
  subtitle="不写一行代码，先学会像程序员一样思考",
  desc="很多人学编程卡在第一步，不是因为语法难，而是不知道“程序是怎么想问题的”。"
       "这门免费公开课用生活中的例子讲清楚顺序、分支、循环、抽象和调试这几个核心思维。"
       "适合想转行、想给孩子做编程启蒙，或者只是好奇程序员每天在做什么的你。",
  ins="linzy", cat="programming", tags=["编程", "入门", "计算思维", "公开课"], lang="zh", level="beginner",
  price=0, rating=4.6, rc=5210, enr=98420, pub="2023-02-14T04:00:00Z", upd="2024-09-01T03:00:00Z",
  s="""
# 第一讲 什么是程序
v 8:30 从菜谱到程序：指令与顺序
v 10:12 如果……就……：条件与分支
# 第二讲 重复与抽象
v 9:45 循环：让计算机替你做重复的事
v 11:20 把大问题拆成小问题
t 5:00 练习：用流程图描述你的早晨
# 第三讲 当程序出错时
v 12:06 调试思维：像侦探一样找 bug
v 7:50 编程语言怎么选
q 3:00 结课小测
""")

C(title="AI 辅助编程实战：和代码助手高效协作",
  subtitle="提示词、上下文与代码审查，让 AI 成为靠谱的结对伙伴",
  desc="代码助手已经是很多团队的日常工具，但“让 AI 写代码”和“让 AI 帮你写好代码”之间还有很大距离。"
       "本课程讲解如何为 AI 提供合适的上下文、如何拆解任务、如何审查与测试生成的代码，以及在团队中落地的规范与风险控制。\n"
       "课程刚刚上线，内容会根据学员反馈持续更新。",
  ins="zhousy", cat="programming", tags=["ai", "编程", "效率", "代码审查"], lang="zh", level="intermediate",
  price=9900, rating=0, rc=0, enr=37, pub="2026-10-28T08:00:00Z", upd="2026-10-28T08:00:00Z",
  s="""
# 第一章 先搞清楚 AI 擅长什么
v 11:40 代码助手的能力边界
v 9:55 什么任务适合交给 AI
# 第二章 提示与上下文
v 16:20 写好任务描述的五个要素
v 18:05 给 AI 喂对上下文：代码库、文档与约束
t 7:00 提示词模板合集
# 第三章 审查与落地
v 15:45 生成代码的审查清单
v 14:30 先写测试，再让 AI 实现
v 12:10 团队规范、安全与合规风险
q 6:00 综合测验
""")

C(title="React Hooks in Depth",
  subtitle="useState to custom hooks: understand the mental model, stop fighting useEffect",
  desc="Hooks look simple until your effect runs twice, your state is stale and your memoised callback is somehow still re-rendering everything. "
       "This course builds a precise mental model of how React renders, how closures capture state and why the rules of hooks exist.\n"
       "You will refactor a real dashboard app step by step: data fetching with useEffect (and when not to use it), useReducer for complex state, "
       "useMemo and useCallback without cargo-culting, context performance, and writing well-tested custom hooks.",
  ins="raman", cat="programming", tags=["react", "javascript", "hooks", "frontend", "编程"], lang="en", level="intermediate",
  price=29900, rating=4.9, rc=3874, enr=41230, pub="2024-02-20T15:00:00Z", upd="2026-04-02T11:20:00Z",
  s="""
# The rendering mental model
v 7:45 Welcome and project tour
v 16:30 What actually happens when state changes
v 14:12 Closures and stale state
# State hooks
v 12:58 useState done right
v 19:40 useReducer for complex state
t 8:00 Cheat sheet: choosing a state hook
# Effects
v 21:15 useEffect is for synchronisation
v 17:30 Fetching data without race conditions
v 13:05 You might not need an effect
q 7:00 Quiz: effects and dependencies
# Performance and custom hooks
v 18:22 useMemo and useCallback: when they matter
v 15:48 Context without re-rendering the world
v 22:10 Writing and testing custom hooks
""")

C(title="Rust for Backend Developers",
  subtitle="Ownership, async and Axum: build a fast, safe web service",
  desc="You already know how to build web services in Go, Java or Node. This course shows you how to do it in Rust without drowning in the borrow checker. "
       "We cover ownership and lifetimes through practical examples, error handling with Result and thiserror, async with Tokio, and a production-style API with Axum and SQLx.",
  ins="okafor", cat="programming", tags=["rust", "backend", "async", "编程"], lang="en", level="advanced",
  price=39900, rating=4.7, rc=612, enr=5480, pub="2025-01-09T14:00:00Z", upd="2026-02-17T16:45:00Z",
  s="""
# Rust in a weekend
v 12:30 Why Rust on the backend
v 24:10 Ownership and borrowing by example
v 20:45 Lifetimes you will actually meet
q 6:00 Quiz: will it compile?
# Error handling and traits
v 18:05 Result, ? and thiserror
v 21:40 Traits and generics for service code
# Async Rust
v 25:30 Futures and the Tokio runtime
v 19:12 Channels, tasks and cancellation
t 10:00 Common async pitfalls
# Building the service
v 27:20 Routing and extractors with Axum
v 26:05 Database access with SQLx
v 23:50 Observability, config and deployment
""")

C(title="The Complete Guide to Building Production-Ready REST APIs with Node.js, TypeScript, PostgreSQL and Docker",
  subtitle="From an empty folder to a tested, containerised, documented API",
  desc="Most API tutorials stop at \"it returns JSON\". This one goes all the way: project structure, validation, authentication, migrations, testing, "
       "logging, containerisation and a CI pipeline.\nYou will build a multi-tenant booking API with TypeScript and PostgreSQL, "
       "write integration tests against a real database in Docker, and deploy it with zero-downtime migrations.",
  ins="okafor", cat="programming", tags=["nodejs", "typescript", "postgresql", "docker", "api"], lang="en", level="all",
  price=49900, rating=4.6, rc=2140, enr=19870, pub="2023-09-12T13:00:00Z", upd="2025-08-30T10:00:00Z",
  s="""
# Foundations
v 9:20 What we are building
v 18:45 Project layout and TypeScript config
v 14:30 Express vs Fastify: picking a framework
# Data layer
v 22:15 Modelling the schema in PostgreSQL
v 19:50 Migrations and seeding
v 24:40 Repositories and transactions
# API design
v 20:05 Routing, validation and error responses
v 25:35 Authentication with JWT and refresh tokens
t 9:00 REST naming conventions reference
q 8:00 Quiz: HTTP semantics
# Quality
v 23:10 Integration tests against a real database
v 16:25 Structured logging and request tracing
# Shipping
v 21:30 Dockerfile and docker compose
v 26:45 CI pipeline and zero-downtime deploys
""")

C(title="Git & GitHub Essentials for Teams",
  subtitle="Branches, pull requests and fixing mistakes without panic",
  desc="A free, practical introduction to Git for people who have been copy-pasting commands from the internet. "
       "We cover commits, branches, merging, rebasing, pull requests and, most importantly, how to undo almost anything.",
  ins="okafor", cat="programming", tags=["git", "github", "version control", "beginner"], lang="en", level="beginner",
  price=0, rating=4.5, rc=8723, enr=132400, pub="2023-04-03T09:00:00Z", upd="2025-01-15T09:00:00Z",
  s="""
# Git basics
v 8:40 What version control solves
v 12:15 Commits, the index and the working tree
v 10:30 Reading history with log and diff
# Branching
v 14:05 Branches and merges
v 16:40 Rebase without fear
# Working with a team
v 13:20 Pull requests and code review
v 11:55 Undoing mistakes: reset, revert, reflog
q 5:00 Final quiz
""")

# ================================ data ======================================
C(title="机器学习实战：从线性回归到集成模型",
  subtitle="用 scikit-learn 解决真实业务问题，理解每个模型背后的直觉",
  desc="这门课不堆公式，而是用五个真实业务数据集串起机器学习的完整流程：问题定义、特征工程、模型选择、评估与上线。"
       "你会亲手实现线性回归、逻辑回归、决策树、随机森林与 XGBoost，并搞清楚它们各自适合什么场景。\n"
       "每章配有 Jupyter Notebook 与课后作业，学完可以胜任初级机器学习工程师或数据分析师中的建模工作。",
  ins="suxq", cat="data", tags=["机器学习", "python", "scikit-learn", "数据分析"], lang="zh", level="intermediate",
  price=29900, rating=4.8, rc=2987, enr=36540, pub="2024-03-15T02:00:00Z", upd="2026-01-20T08:00:00Z",
  s="""
# 第一章 机器学习全景
v 10:15 机器学习能做什么，不能做什么
v 14:40 一个完整项目的生命周期
t 7:00 环境配置：Anaconda 与 Jupyter
# 第二章 回归与分类
v 18:30 线性回归：房价预测
v 20:05 逻辑回归：用户流失预警
v 16:22 评估指标：准确率、召回率与 AUC
q 8:00 本章测验
# 第三章 树模型与集成学习
v 19:48 决策树的直觉
v 21:35 随机森林与特征重要性
v 24:10 XGBoost 调参实战
# 第四章 特征工程与上线
v 22:00 缺失值、类别特征与特征交叉
v 17:45 交叉验证与过拟合
v 15:30 模型部署与监控
""")

C(title="深度学习原理与 PyTorch 实践",
  subtitle="从反向传播到 Transformer，亲手训练你的第一个大模型组件",
  desc="本课程面向已有 Python 与基础数学功底的同学，系统讲解深度学习的核心原理：神经网络、反向传播、优化器、正则化、卷积网络与注意力机制。"
       "每个概念都配有 PyTorch 从零实现，再过渡到工业级写法。\n"
       "结课项目是一个小型 Transformer 文本分类模型，涵盖数据管线、混合精度训练与实验管理。",
  ins="chenmo", cat="data", tags=["深度学习", "pytorch", "神经网络", "transformer"], lang="zh", level="advanced",
  price=39900, rating=4.9, rc=1876, enr=17650, pub="2024-08-01T02:00:00Z", upd="2026-07-08T12:00:00Z",
  s="""
# 第一章 神经网络基础
v 16:10 从感知机到多层网络
v 22:45 反向传播的推导与实现
v 18:20 PyTorch 张量与自动求导
# 第二章 训练的艺术
v 19:05 优化器：SGD、Momentum 与 Adam
v 17:40 正则化、Dropout 与 BatchNorm
t 9:00 训练不收敛排查清单
q 7:00 本章测验
# 第三章 卷积网络
v 21:30 卷积与池化
v 24:15 ResNet 与迁移学习
# 第四章 注意力与 Transformer
v 23:50 注意力机制的直觉
v 28:30 从零实现 Transformer Encoder
v 26:10 结课项目：文本分类全流程
""")

C(title="Excel 数据分析：职场人的高效表格课",
  subtitle="函数、透视表与图表，下班前搞定周报",
  desc="还在手动复制粘贴做报表？这门课从职场最常见的场景出发，讲透 VLOOKUP/XLOOKUP、IF 家族、数据透视表、Power Query 与动态图表。"
       "所有案例都来自真实的销售、人事与财务表格，学完就能用在明天的工作里。",
  ins="suxq", cat="data", tags=["excel", "数据分析", "办公技能", "入门"], lang="zh", level="beginner",
  price=9900, rating=4.7, rc=6540, enr=88230, pub="2023-06-10T01:00:00Z", upd="2025-05-06T07:30:00Z",
  s="""
# 第一章 数据整理
v 9:30 规范的表格长什么样
v 12:40 分列、去重与数据验证
# 第二章 核心函数
v 15:20 IF、SUMIFS 与 COUNTIFS
v 17:05 VLOOKUP 与 XLOOKUP
v 13:45 文本与日期函数
q 5:00 函数小测
# 第三章 透视表与图表
v 18:30 数据透视表从入门到熟练
v 16:10 让图表会说话
v 14:55 用 Power Query 自动化周报
""")

C(title="推荐系统入门：从协同过滤到召回排序",
  subtitle="拆解信息流、电商与短视频背后的推荐架构",
  desc="你每天刷到的内容是怎么被挑出来的？本课程从最经典的协同过滤讲起，逐步过渡到工业界的“召回—粗排—精排—重排”多阶段架构。"
       "课程会介绍推荐场景中常用的机器学习与深度学习模型，如矩阵分解、双塔模型和 DeepFM，并讨论冷启动、多样性与评估指标等实际问题。\n"
       "适合有一定 Python 基础、想进入推荐算法方向的工程师与学生。",
  ins="chenmo", cat="data", tags=["推荐系统", "算法", "python", "召回排序"], lang="zh", level="intermediate",
  price=19900, rating=4.6, rc=734, enr=8120, pub="2025-04-22T03:00:00Z", upd="2025-12-11T06:00:00Z",
  s="""
# 第一章 推荐系统概览
v 12:30 推荐系统要解决什么问题
v 15:15 工业级推荐架构总览
# 第二章 经典召回方法
v 18:40 基于物品的协同过滤
v 20:10 矩阵分解
v 22:35 双塔模型与向量检索
q 6:00 本章测验
# 第三章 排序模型
v 19:20 CTR 预估与特征
v 23:45 Wide & Deep 与 DeepFM
t 8:00 论文导读清单
# 第四章 工程与评估
v 16:50 离线评估与 A/B 实验
v 14:25 冷启动与多样性
""")

C(title="零基础 Python 数据分析与可视化实战：从 Pandas 数据清洗到图表与自动化周报全流程",
  subtitle="写给运营、市场与财务同学的数据分析课",
  desc="如果你每周都要从几个系统导出表格、手工合并、再做成图表发给老板，这门课就是为你准备的。"
       "我们用 Pandas 完成读取、清洗、合并与分组统计，用 Matplotlib 与 Seaborn 画出专业图表，最后把整个流程写成一键运行的自动化周报脚本。",
  ins="suxq", cat="data", tags=["python", "pandas", "数据分析", "可视化", "自动化"], lang="zh", level="beginner",
  price=12900, rating=4.5, rc=1208, enr=15690, pub="2025-07-07T02:00:00Z", upd="2026-03-30T09:00:00Z",
  s="""
# 第一章 数据分析工作流
v 8:50 为什么要从 Excel 走向 Python
v 11:20 Jupyter Notebook 快速上手
# 第二章 Pandas 核心操作
v 17:30 读取 Excel、CSV 与数据库
v 19:15 清洗：缺失值、重复值与异常值
v 21:40 合并、分组与透视
q 6:00 Pandas 小测
# 第三章 可视化
v 16:05 Matplotlib 基础图表
v 14:50 Seaborn 与统计图
t 6:00 配色与图表规范
# 第四章 自动化周报
v 20:20 把分析写成脚本
v 15:35 自动生成 Excel 与邮件发送
""")

C(title="SQL for Data Analysis: From SELECT to Window Functions",
  subtitle="Answer real business questions with PostgreSQL",
  desc="Learn SQL the way analysts actually use it. Starting from SELECT and WHERE, you will work through joins, aggregation, subqueries, CTEs and window functions "
       "on a realistic e-commerce dataset.\nEvery module ends with business questions such as monthly retention, revenue by cohort and top products per region.",
  ins="hale", cat="data", tags=["sql", "postgresql", "data analysis", "数据分析"], lang="en", level="beginner",
  price=12900, rating=4.8, rc=4521, enr=52300, pub="2023-11-05T16:00:00Z", upd="2025-10-14T12:00:00Z",
  s="""
# Querying basics
v 8:15 Meet the dataset
v 12:40 SELECT, WHERE and ORDER BY
v 10:55 NULLs and other surprises
# Combining data
v 16:20 Inner and outer joins
v 14:10 GROUP BY and HAVING
q 6:00 Quiz: joins and aggregates
# Advanced queries
v 15:45 Subqueries and CTEs
v 21:30 Window functions: ROW_NUMBER, RANK, LAG
v 18:05 Cohort retention in pure SQL
t 7:00 SQL style guide
""")

C(title="A/B Testing for Product Teams",
  subtitle="Design, run and read experiments without fooling yourself",
  desc="Most A/B tests fail silently: underpowered, peeked at, or measured on the wrong metric. "
       "This course teaches the statistics you actually need — hypothesis tests, power, confidence intervals — and the practical judgement around them. "
       "Includes a case-study library of twelve real experiments and what went wrong.",
  ins="vasquez", cat="data", tags=["statistics", "ab testing", "experimentation", "product"], lang="en", level="intermediate",
  price=19900, rating=4.6, rc=938, enr=7640, pub="2024-10-02T15:00:00Z", upd="2025-06-19T10:00:00Z",
  s="""
# Why experiment
v 9:10 Correlation, causation and randomisation
v 13:25 Choosing a primary metric
# The statistics
v 18:40 Hypothesis tests without the jargon
v 16:55 Sample size and power
v 14:30 The peeking problem
q 8:00 Quiz: reading a results table
# In practice
v 17:15 Guardrail metrics and novelty effects
p 22:00 Case studies: twelve experiments that went wrong
t 9:00 Experiment design template
""")

C(title="Data Pipelines with Airflow and dbt",
  subtitle="Orchestrate, test and document a modern analytics stack",
  desc="Move from ad-hoc scripts to reliable pipelines. You will orchestrate ingestion with Apache Airflow, transform data with dbt, add tests and documentation, "
       "and set up alerting so you hear about broken data before your stakeholders do.",
  ins="hale", cat="data", tags=["airflow", "dbt", "data engineering", "sql"], lang="en", level="advanced",
  price=29900, rating=4.4, rc=412, enr=3510, pub="2025-05-28T14:00:00Z", upd="2026-05-02T09:30:00Z",
  s="""
# Orchestration with Airflow
v 14:20 DAGs, tasks and schedules
v 19:35 Idempotent ingestion jobs
v 16:10 Backfills and retries
# Transformation with dbt
v 18:45 Models, sources and refs
v 15:20 Tests and documentation
v 20:05 Incremental models
q 7:00 Quiz: pipeline design
# Operating the pipeline
v 13:50 Alerting and data freshness
t 8:00 Runbook template
""")

# =============================== design =====================================
C(title="UI 设计入门：Figma 从零到完整 App 界面",
  subtitle="布局、栅格、组件与原型，四周做出一套可交付的设计稿",
  desc="本课程面向想入行 UI 设计或希望提升设计能力的产品、运营与开发同学。我们从 Figma 的基本操作开始，讲解视觉层级、栅格系统、色彩与字体等 UI 设计基础。\n"
       "课程项目是一款“读书打卡” App：从信息架构、线框图到高保真界面与可交互原型，最终输出一份规范的交付文件。",
  ins="xukx", cat="design", tags=["ui设计", "figma", "设计", "入门"], lang="zh", level="beginner",
  price=19900, rating=4.8, rc=2310, enr=26780, pub="2024-01-08T02:00:00Z", upd="2025-09-22T04:00:00Z",
  s="""
# 第一章 认识 UI 设计
v 7:30 UI 设计师每天在做什么
v 12:20 Figma 界面与基本操作
# 第二章 视觉基础
v 15:40 视觉层级与对齐
v 17:10 栅格系统与间距
v 14:25 色彩与字体的基础规则
q 5:00 本章小测
# 第三章 组件化设计
v 18:35 Auto Layout 详解
v 20:15 组件与变体
# 第四章 项目实战
v 16:00 信息架构与线框图
v 22:30 高保真界面设计
v 14:50 原型与交付
""")

C(title="设计系统搭建：组件、规范与协作",
  subtitle="让 50 人的设计与研发团队说同一种语言",
  desc="当产品线越来越多，设计不一致、组件重复造轮子、设计稿与代码对不上的问题就会集中爆发。"
       "本课程基于两套真实设计系统的建设经验，讲解设计令牌、组件 API 设计、文档站点、版本发布与跨团队治理。",
  ins="xukx", cat="design", tags=["设计系统", "design tokens", "figma", "团队协作"], lang="zh", level="advanced",
  price=29900, rating=4.7, rc=486, enr=4230, pub="2025-02-25T02:00:00Z", upd="2026-08-14T06:00:00Z",
  s="""
# 第一章 为什么需要设计系统
v 13:10 设计债的代价
v 15:25 设计系统的成熟度模型
# 第二章 基础层
v 18:00 设计令牌：颜色、间距与圆角
v 16:40 字体层级与图标规范
# 第三章 组件层
v 21:05 组件 API 设计：与研发共同定义
v 19:30 复杂组件：表格、表单与弹窗
t 9:00 组件文档模板
# 第四章 治理与运营
v 17:20 版本发布与变更管理
v 14:35 推广、度量与团队协作
q 6:00 结课测验
""")

C(title="字体与排版：让版面会说话",
  subtitle="从字号、行距到中西文混排的实用排版课",
  desc="排版是设计中最常被忽视、却最影响质感的部分。本课程讲解字体分类与选择、字号层级、行距与字距、中西文混排以及长文阅读体验。"
       "适合 UI 设计师、平面设计师，也适合每天写文档和做 PPT 的职场人。",
  ins="xukx", cat="design", tags=["排版", "字体", "设计", "平面设计"], lang="zh", level="intermediate",
  price=4900, rating=4.5, rc=327, enr=3980, pub="2023-08-19T03:00:00Z", upd="2024-03-02T05:00:00Z",
  s="""
# 第一章 认识字体
v 10:20 衬线、无衬线与字体性格
v 12:05 中文字体的选择与授权
# 第二章 排版规则
v 14:40 字号层级与模块化比例
v 11:30 行距、字距与段落
v 13:15 中西文混排的细节
t 6:00 排版检查清单
""")

C(title="UX Research Fundamentals",
  subtitle="Interviews, usability tests and turning findings into decisions",
  desc="Good design starts with understanding people. In this course you will plan a research study, recruit participants, run interviews and usability tests, "
       "and synthesise findings into insights your team will actually act on. Templates for every step are included.",
  ins="brooks", cat="design", tags=["ux", "user research", "usability", "设计"], lang="en", level="beginner",
  price=12900, rating=4.7, rc=1642, enr=18420, pub="2023-10-16T10:00:00Z", upd="2025-04-11T14:00:00Z",
  s="""
# Planning research
v 9:45 What research can and can't tell you
v 13:20 Writing research questions
t 7:00 Recruiting participants on a budget
# Interviews
v 16:30 Running a user interview
v 12:15 Avoiding leading questions
# Usability testing
v 15:50 Moderated usability tests
v 11:40 Remote and unmoderated tests
# Synthesis
v 17:25 Affinity mapping and insights
v 10:55 Presenting findings to stakeholders
q 6:00 Final quiz
""")

C(title="Motion Design for Product Interfaces",
  subtitle="Purposeful animation in Figma and After Effects",
  desc="Motion can explain, guide and delight — or just slow people down. Learn the principles of easing, timing and choreography, "
       "then prototype micro-interactions, transitions and loading states, and hand them off to developers with precise specs.",
  ins="brooks", cat="design", tags=["motion design", "animation", "figma", "after effects"], lang="en", level="intermediate",
  price=19900, rating=4.6, rc=573, enr=5120, pub="2024-06-03T09:00:00Z", upd="2025-02-28T09:00:00Z",
  s="""
# Principles
v 11:10 Why motion matters in UI
v 14:35 Easing and timing
v 12:50 Choreography and hierarchy
# Building interactions
v 18:20 Micro-interactions in Figma
v 21:45 Page transitions in After Effects
v 16:15 Loading and empty states
# Handoff
v 13:30 Motion specs developers can use
q 5:00 Quiz: choose the right easing
""")

C(title="Color Theory for Digital Designers",
  subtitle="Build accessible, harmonious palettes for screens",
  desc="A free short course on colour for interfaces: colour models, contrast and accessibility, building palettes and dark mode. "
       "Ideal as a first step before any UI design course.",
  ins="brooks", cat="design", tags=["color", "accessibility", "ui", "free"], lang="en", level="all",
  price=0, rating=4.4, rc=2890, enr=41200, pub="2023-03-21T10:00:00Z", upd="2023-12-05T10:00:00Z",
  s="""
# Seeing colour
v 8:20 Hue, saturation and lightness
v 10:05 Colour harmony in practice
# Colour for screens
v 12:40 Contrast and accessibility (WCAG)
v 11:15 Building a palette with tints and shades
v 9:50 Designing for dark mode
q 4:00 Quick quiz
""")

# ============================== languages ===================================
C(title="商务英语口语：会议、邮件与谈判",
  subtitle="外企职场 60 个高频场景，开口就专业",
  desc="在外企开会插不上话？写邮件总担心不够地道？本课程围绕会议、邮件、电话、汇报与谈判五大场景，"
       "整理出 60 个高频表达模板，并配有真实对话音频与跟读练习。\n"
       "每节课都有场景对话、表达拆解和口语作业，帮助你从“能看懂”走向“能说出口”。",
  ins="gaonan", cat="languages", tags=["英语", "商务英语", "口语", "职场"], lang="zh", level="intermediate",
  price=12900, rating=4.7, rc=3120, enr=40210, pub="2023-09-01T01:00:00Z", upd="2025-07-15T02:00:00Z",
  s="""
# 第一章 会议英语
v 12:30 自我介绍与寒暄
p 15:20 如何礼貌地打断与表达不同意见
v 14:10 主持会议与总结行动项
# 第二章 邮件写作
v 13:45 邮件的结构与语气
t 8:00 20 个万能邮件句型
v 11:50 催办、道歉与拒绝
# 第三章 汇报与谈判
v 16:25 数据汇报怎么说
p 18:40 谈判中的让步与坚持
p 12:15 跟读练习：一场完整的谈判
q 6:00 结课测验
""")

C(title="英语语音速成：48 个音标与连读",
  subtitle="纠正中式发音，每天 15 分钟",
  desc="发音不准是很多人不敢开口的根本原因。本课程逐个讲解 48 个国际音标的发音要领，对比中国学习者最常见的发音误区，"
       "再进阶到连读、弱读、失去爆破与语调。配套音频可以在通勤时反复跟读。",
  ins="gaonan", cat="languages", tags=["英语", "发音", "音标", "入门"], lang="zh", level="beginner",
  price=1990, rating=4.6, rc=7830, enr=121500, pub="2023-01-16T02:00:00Z", upd="2024-06-20T02:00:00Z",
  s="""
# 第一章 元音
v 11:20 单元音：长短之分
v 12:45 双元音：滑动的秘密
p 10:00 元音跟读练习
# 第二章 辅音
v 13:30 爆破音与摩擦音
v 12:10 最容易读错的 th、v 与 r
p 10:30 辅音跟读练习
# 第三章 语流
v 14:55 连读与弱读
v 11:40 失去爆破与语调
q 5:00 发音自测
""")

C(title="日语五十音与入门会话",
  subtitle="零基础 21 天，从假名到简单日常对话",
  desc="本课程从平假名、片假名讲起，配合记忆口诀与书写练习，帮助你在三周内牢记五十音。"
       "之后学习寒暄、自我介绍、购物与点餐等日常会话，为 JLPT N5 打下基础。",
  ins="wuhz", cat="languages", tags=["日语", "五十音", "入门", "jlpt"], lang="zh", level="beginner",
  price=4900, rating=4.8, rc=2215, enr=29870, pub="2024-04-09T01:00:00Z", upd="2025-03-18T01:00:00Z",
  s="""
# 第一章 平假名
v 14:20 あ行到な行
v 13:50 は行到わ行与拨音
t 6:00 平假名书写练习表
# 第二章 片假名与特殊音
v 15:05 片假名与外来语
v 12:35 浊音、拗音与促音
q 6:00 五十音小测
# 第三章 入门会话
p 11:30 寒暄与自我介绍
p 13:15 购物与点餐
v 10:40 日本生活中的礼仪表达
""")

C(title="Conversational Spanish in 30 Days",
  subtitle="Speak from day one with short daily audio lessons",
  desc="Thirty short lessons designed for your commute. Each day introduces a real-life situation — ordering coffee, asking for directions, making small talk — "
       "with native-speed dialogues, slowed-down replays and speaking drills.\nBy the end you will hold simple conversations and understand the grammar behind them.",
  ins="ferreira", cat="languages", tags=["spanish", "conversation", "audio", "beginner"], lang="en", level="beginner",
  price=9900, rating=4.7, rc=5402, enr=63100, pub="2023-05-22T12:00:00Z", upd="2025-11-28T12:00:00Z",
  s="""
# Week 1: Survival Spanish
p 9:30 Greetings and introductions
p 10:15 Ordering at a café
p 11:05 Numbers, prices and paying
q 4:00 Week 1 check-in
# Week 2: Getting around
p 10:40 Asking for directions
p 12:20 Taxis, buses and trains
v 8:45 Grammar spotlight: ser vs estar
# Week 3: Small talk
p 13:10 Talking about work and family
p 12:55 Weekend plans: the near future
v 9:30 Grammar spotlight: the preterite
# Week 4: Real conversations
p 16:40 Full dialogue: dinner with friends
p 14:25 Full dialogue: a doctor's visit
q 6:00 Final assessment
""")

C(title="Mandarin Chinese for Beginners: Tones, Pinyin and Everyday Phrases",
  subtitle="A friendly start to Mandarin for English speakers",
  desc="Tones are not as scary as they sound. This course gives you a solid foundation in Pinyin and the four tones, then builds everyday phrases for greetings, "
       "numbers, shopping and food. Audio drills help you train your ear and your mouth at the same time.",
  ins="harper", cat="languages", tags=["mandarin", "chinese", "pinyin", "中文"], lang="en", level="beginner",
  price=12900, rating=4.8, rc=1967, enr=21430, pub="2024-07-14T08:00:00Z", upd="2026-02-03T08:00:00Z",
  s="""
# Sounds of Mandarin
v 10:30 The four tones (and the neutral tone)
v 13:15 Pinyin initials and finals
p 9:40 Tone pair drills
# First conversations
v 11:45 Greetings and names
v 12:30 Numbers, dates and time
p 10:20 Listening practice: at the market
# Daily life
v 14:10 Ordering food
v 12:05 Asking for help and directions
q 5:00 Final quiz
""")

C(title="Portuguese for Travelers",
  subtitle="Essential phrases for Portugal and Brazil, in podcast format",
  desc="A compact audio course covering what you need on a trip: airports, hotels, restaurants and emergencies. "
       "Each episode compares European and Brazilian pronunciation so you are understood on both sides of the Atlantic.",
  ins="ferreira", cat="languages", tags=["portuguese", "travel", "audio", "podcast"], lang="en", level="beginner",
  price=1990, rating=4.5, rc=684, enr=9020, pub="2025-06-02T12:00:00Z", upd="2025-06-30T12:00:00Z",
  s="""
# Arriving
p 8:20 At the airport
p 9:10 Checking in to your hotel
# Eating and drinking
p 10:30 Restaurants and cafés
p 7:50 Markets and bakeries
# Getting help
p 9:45 Directions and transport
p 8:35 Pharmacies and emergencies
t 5:00 Phrase sheet (printable)
""")

# =============================== business ===================================
C(title="产品经理入门：从需求到上线",
  subtitle="一个完整产品迭代周期的实战演练",
  desc="产品经理到底在做什么？本课程以一个真实的“社区团购小程序”项目为主线，完整走一遍用户调研、需求分析、原型设计、PRD 撰写、"
       "评审、排期、上线与数据复盘的全过程。\n"
       "课程提供 PRD 模板、需求优先级评估表和上线检查清单，适合转行产品经理或刚入职的新人。",
  ins="handong", cat="business", tags=["产品经理", "需求分析", "prd", "入门"], lang="zh", level="beginner",
  price=19900, rating=4.7, rc=4310, enr=51200, pub="2023-07-03T02:00:00Z", upd="2025-08-08T02:00:00Z",
  s="""
# 第一章 认识产品经理
v 10:25 产品经理的一天
v 13:40 产品经理的能力模型
# 第二章 需求与调研
v 16:15 用户访谈与问卷
v 18:30 从需求到用户故事
v 14:05 需求优先级：KANO 与 RICE
q 6:00 本章测验
# 第三章 设计与文档
v 17:50 画原型：从草图到 Axure
v 19:20 写一份开发爱看的 PRD
t 8:00 PRD 模板与范例
# 第四章 上线与复盘
v 15:10 评审、排期与项目推进
v 16:45 数据指标与上线复盘
""")

C(title="B 端产品设计实战：从业务梳理到 SaaS 落地",
  subtitle="写给高级产品经理的企业级产品方法论",
  desc="B 端产品的难点不在界面，而在于理解复杂的业务流程、权限体系与组织结构。"
       "本课程结合 CRM、审批流和进销存三个案例，讲解业务建模、权限设计、配置化与多租户、客户成功与商业化定价。",
  ins="handong", cat="business", tags=["产品经理", "b端", "saas", "业务建模"], lang="zh", level="advanced",
  price=29900, rating=4.6, rc=892, enr=9840, pub="2024-09-10T02:00:00Z", upd="2026-03-05T02:00:00Z",
  s="""
# 第一章 理解业务
v 18:20 B 端与 C 端的本质区别
v 21:05 业务流程梳理与泳道图
v 19:40 领域建模入门
# 第二章 核心设计
v 22:30 权限体系：RBAC 与数据权限
v 20:15 配置化与多租户
t 9:00 案例：审批流引擎设计文档
# 第三章 商业化
v 17:35 SaaS 定价策略
v 16:50 客户成功与续费率
q 7:00 结课测验
""")

C(title="每天 10 分钟商业思维（音频课）",
  subtitle="通勤路上听懂商业世界的底层逻辑",
  desc="用 30 期、每期约 10 分钟的音频，拆解定位、护城河、单位经济模型、网络效应与定价等核心商业概念。"
       "每一讲都配有一个真实公司案例和一道思考题，适合所有想提升商业判断力的职场人。",
  ins="handong", cat="business", tags=["商业思维", "音频", "案例", "职场"], lang="zh", level="all",
  price=4900, rating=4.5, rc=3650, enr=47800, pub="2025-01-02T23:00:00Z", upd="2025-12-30T23:00:00Z",
  s="""
# 第一季 商业模式
p 10:20 什么是商业模式
p 11:05 单位经济模型：一单到底赚不赚钱
p 9:40 网络效应与平台
# 第二季 竞争与增长
p 10:50 护城河从哪里来
p 12:10 增长飞轮
p 10:35 定价的心理学
# 第三季 组织与决策
p 11:25 好的决策流程
p 9:55 复盘：从失败中学习
""")

C(title="Financial Modeling in Excel for Startups",
  subtitle="Build a three-statement model investors will trust",
  desc="Build a complete startup financial model in Excel: revenue drivers, hiring plan, operating expenses, cash flow and scenarios. "
       "You will learn modelling conventions used by investment banks and VCs, and how to present your numbers in a fundraising conversation.",
  ins="whitfield", cat="business", tags=["finance", "excel", "startup", "financial modeling"], lang="en", level="intermediate",
  price=29900, rating=4.8, rc=1384, enr=12950, pub="2024-03-04T14:00:00Z", upd="2026-01-12T14:00:00Z",
  s="""
# Model foundations
v 11:30 How investors read a model
v 15:45 Layout, colour coding and assumptions
# Building the model
v 22:10 Revenue drivers for SaaS and marketplaces
v 19:35 Headcount plan and operating expenses
v 24:20 Linking P&L, balance sheet and cash flow
q 8:00 Quiz: find the broken link
# Using the model
v 17:50 Scenarios and sensitivity tables
v 14:15 Runway and fundraising needs
t 9:00 Model review checklist
""")

C(title="Negotiation Skills for Managers",
  subtitle="Prepare better, listen harder, reach agreements that last",
  desc="From salary talks to vendor contracts, managers negotiate every week. This course combines short video lessons with recorded role-plays "
       "you can listen to on the go. Learn how to prepare, anchor, make concessions and handle difficult counterparts.",
  ins="whitfield", cat="business", tags=["negotiation", "management", "communication", "podcast"], lang="en", level="all",
  price=12900, rating=4.6, rc=1095, enr=14300, pub="2023-12-11T14:00:00Z", upd="2024-11-20T14:00:00Z",
  s="""
# Preparation
v 12:20 Interests versus positions
v 10:45 Know your walk-away point
# At the table
v 13:55 Anchoring and first offers
p 18:30 Role-play: the salary conversation
p 21:10 Role-play: renegotiating a vendor contract
# Hard cases
v 14:40 Difficult counterparts and deadlocks
p 16:20 Podcast: lessons from a failed negotiation
q 5:00 Final quiz
""")

C(title="Startup Marketing on a Shoestring",
  subtitle="Find your first 1,000 customers without a big budget",
  desc="Positioning, content, community and scrappy experiments: a practical playbook for founders and first marketing hires. "
       "Each module ends with a worksheet so you leave with a plan, not just notes.",
  ins="whitfield", cat="business", tags=["marketing", "startup", "growth", "营销"], lang="en", level="beginner",
  price=9900, rating=4.3, rc=521, enr=6870, pub="2025-03-17T14:00:00Z", upd="2025-09-09T14:00:00Z",
  s="""
# Positioning
v 12:10 Who is it for, really?
v 10:35 Writing a message that sticks
# Channels
v 14:50 Content that compounds
v 13:25 Community-led growth
v 11:40 Cold outreach that doesn't feel cold
# Measuring
v 12:55 Simple metrics for early-stage teams
t 7:00 Worksheet: your 90-day marketing plan
""")

# ================================ music =====================================
C(title="零基础吉他弹唱：30 天学会 10 首歌",
  subtitle="从认识琴弦到自弹自唱，不看五线谱也能学",
  desc="很多人买了吉他却一直在墙上吃灰。这门课专为零基础成人设计：从持琴姿势、调音和基本和弦讲起，"
       "用最常见的四个和弦走完第一首歌，再逐步学习扫弦节奏型、分解和弦与变调夹。\n"
       "30 天里你将学会 10 首经典流行歌曲的弹唱。",
  ins="maxiao", cat="music", tags=["吉他", "弹唱", "入门", "音乐"], lang="zh", level="beginner",
  price=12900, rating=4.8, rc=5870, enr=73400, pub="2023-03-08T03:00:00Z", upd="2025-10-01T03:00:00Z",
  s="""
# 第一周 认识吉他
v 9:30 选琴、持琴与调音
v 12:15 C、G、Am、Em 四个和弦
v 10:40 第一首歌：四和弦走天下
# 第二周 节奏
v 13:20 基础扫弦节奏型
v 14:05 切音与节奏稳定性
p 8:00 节拍器跟练音频
# 第三周 进阶和弦
v 15:30 大横按 F 和弦攻略
v 12:50 分解和弦与指法
# 第四周 完整弹唱
v 16:45 变调夹与转调
v 18:10 边弹边唱的协调训练
q 5:00 结课自测
""")

C(title="成人钢琴入门：从识谱到弹奏第一首曲子",
  subtitle="每天 20 分钟，三个月弹出完整乐曲",
  desc="本课程专为成年零基础学员设计，从键盘认识、手型与坐姿开始，系统学习五线谱、节奏和双手配合。"
       "课程曲目从简单的儿歌到《欢乐颂》改编和流行歌曲伴奏，循序渐进，每节课都有慢速示范与跟弹练习。",
  ins="songyt", cat="music", tags=["钢琴", "识谱", "入门", "音乐"], lang="zh", level="beginner",
  price=19900, rating=4.9, rc=3240, enr=38760, pub="2023-10-09T02:00:00Z", upd="2026-05-20T02:00:00Z",
  s="""
# 第一章 认识钢琴
v 8:40 键盘地图与中央 C
v 11:25 坐姿、手型与放松
# 第二章 识谱
v 14:10 五线谱与高音谱号
v 13:35 低音谱号与双手定位
v 12:20 节奏与拍号
q 5:00 识谱小测
# 第三章 双手配合
v 15:45 分手练习与合手
v 16:30 《欢乐颂》改编版
# 第四章 流行伴奏
v 17:20 常用和弦与柱式伴奏
v 18:05 分解和弦伴奏型
""")

C(title="乐理通识课（音频版）",
  subtitle="听得懂的乐理：音程、和弦与调式",
  desc="不需要会任何乐器，用耳朵学乐理。每期音频配合示范演奏，讲解音高、节奏、音程、和弦、调性与曲式。"
       "适合音乐爱好者、器乐学习者和想读懂歌曲结构的创作者。",
  ins="songyt", cat="music", tags=["乐理", "音频", "音乐", "通识"], lang="zh", level="all",
  price=4900, rating=4.6, rc=1320, enr=19450, pub="2024-11-05T02:00:00Z", upd="2025-04-15T02:00:00Z",
  s="""
# 第一部分 声音与节奏
p 12:30 音高、音名与唱名
p 14:15 节拍、节奏与速度
# 第二部分 音程与和弦
p 15:40 音程：听出两个音的距离
p 16:20 三和弦与七和弦
p 13:50 和弦进行为什么好听
# 第三部分 调式与曲式
p 14:45 大调、小调与调式色彩
p 17:05 流行歌曲的曲式结构
t 6:00 乐理速查表
""")

C(title="Jazz Piano Voicings and Improvisation",
  subtitle="Shell voicings, rootless chords and your first solos over standards",
  desc="For pianists who can read and play basic chords and want to sound like jazz. We cover shell and rootless voicings, ii–V–I progressions, "
       "comping rhythms and the building blocks of improvisation: guide tones, enclosures and motif development.\n"
       "Every lesson includes slow-tempo play-alongs and a transcription exercise.",
  ins="lindqvist", cat="music", tags=["piano", "jazz", "improvisation", "钢琴"], lang="en", level="advanced",
  price=29900, rating=4.8, rc=742, enr=6210, pub="2024-04-26T17:00:00Z", upd="2026-06-01T17:00:00Z",
  s="""
# Harmony at the keyboard
v 14:30 Shell voicings
v 18:15 Rootless A and B voicings
v 16:40 The ii-V-I in all twelve keys
# Comping
v 15:20 Comping rhythms
p 12:00 Play-along: medium swing blues
# Improvisation
v 19:45 Guide tone lines
v 17:10 Enclosures and approach notes
v 20:35 Developing a motif
q 6:00 Ear-training quiz
""")

C(title="Music Production in Ableton Live",
  subtitle="From first beat to finished, mixed track",
  desc="Learn a complete production workflow in Ableton Live: beats, bass, chords, arrangement, sound design, mixing and a simple master. "
       "You will finish the course with an original track and a reusable template.",
  ins="lindqvist", cat="music", tags=["ableton", "music production", "mixing", "electronic"], lang="en", level="intermediate",
  price=39900, rating=4.7, rc=1188, enr=10940, pub="2023-08-28T17:00:00Z", upd="2025-12-02T17:00:00Z",
  s="""
# Getting started
v 11:20 Session view vs arrangement view
v 16:45 Programming drums
# Writing
v 18:30 Basslines and chord progressions
v 21:10 Sound design with Wavetable
v 19:55 Arrangement: from loop to song
# Mixing
v 22:40 EQ and compression fundamentals
v 18:25 Space: reverb and delay
v 15:30 A simple, safe master
t 7:00 Mix checklist
""")

C(title="Fingerstyle Guitar Fundamentals",
  subtitle="Travis picking, arrangements and your first solo piece",
  desc="Go beyond strumming. This course builds independent thumb and finger technique step by step, from simple patterns to Travis picking, "
       "and ends with a complete solo arrangement of a folk melody.",
  ins="lindqvist", cat="music", tags=["guitar", "fingerstyle", "acoustic", "吉他"], lang="en", level="intermediate",
  price=19900, rating=4.6, rc=935, enr=11280, pub="2025-08-11T17:00:00Z", upd="2026-09-15T17:00:00Z",
  s="""
# Technique
v 10:50 Right-hand posture and nails
v 13:35 Thumb independence drills
v 14:20 Travis picking pattern
# Arranging
v 16:10 Melody on top: arranging basics
v 15:05 Using open tunings
# Performance
v 19:30 Solo piece: full walkthrough
p 6:00 Slow play-along
q 4:00 Technique check
""")

# ============================= photography ==================================
C(title="手机摄影：用你的手机拍出大片",
  subtitle="构图、光线与修图，随手拍也有质感",
  desc="最好的相机就是你手里的那台手机。本课程讲解手机摄影中最实用的构图法则、光线运用和拍摄模式，"
       "覆盖人像、美食、街头和旅行等常见题材，并用手机 App 完成调色与修图。\n"
       "不需要购买任何器材，学完即可让朋友圈照片明显升级。",
  ins="guqs", cat="photography", tags=["摄影", "手机摄影", "构图", "修图"], lang="zh", level="beginner",
  price=4900, rating=4.7, rc=8910, enr=142300, pub="2023-04-20T02:00:00Z", upd="2025-05-30T02:00:00Z",
  s="""
# 第一章 基础设置
v 7:20 手机相机设置与对焦测光
v 9:45 九宫格、引导线与留白
# 第二章 光线
v 11:30 顺光、侧光与逆光
v 10:15 黄金时刻与夜景拍摄
# 第三章 题材实战
v 12:40 给朋友拍出好看的人像
v 10:55 美食与静物
v 11:20 旅行与街头
# 第四章 手机修图
v 14:30 Snapseed 与 Lightroom 手机版
q 4:00 结课小测
""")

C(title="人像摄影布光实战",
  subtitle="从单灯到多灯，掌握影棚与外景人像用光",
  desc="布光是人像摄影从“拍清楚”到“拍出质感”的关键。本课程系统讲解光的硬度、方向与比例，"
       "演示伦勃朗光、蝴蝶光、分割光等经典布光，以及外景中反光板与闪光灯的配合使用。每个布光方案都附有灯位图。",
  ins="guqs", cat="photography", tags=["摄影", "人像", "布光", "闪光灯"], lang="zh", level="advanced",
  price=29900, rating=4.8, rc=645, enr=5230, pub="2024-06-18T02:00:00Z", upd="2026-02-10T02:00:00Z",
  s="""
# 第一章 理解光
v 14:10 光的硬度、方向与衰减
v 12:35 光比与曝光控制
# 第二章 经典单灯布光
v 17:40 伦勃朗光与蝴蝶光
v 15:25 分割光与环形光
t 7:00 灯位图合集
# 第三章 多灯布光
v 19:50 主光、辅光与轮廓光
v 18:15 背景光与色彩氛围
# 第四章 外景人像
v 16:30 反光板与柔光布
v 20:05 高速同步与日光压光
q 6:00 布光测验
""")

C(title="风光摄影与后期：Lightroom 调色全流程",
  subtitle="从规划拍摄到出片，拍好山川湖海",
  desc="风光摄影七分靠规划，三分靠后期。本课程讲解天气与光线预测、机位选择、长曝光与包围曝光等拍摄技巧，"
       "再用 Lightroom 完成基础调整、局部调整、HDR 合成与风格化调色，形成一套可复用的后期流程。",
  ins="guqs", cat="photography", tags=["摄影", "风光摄影", "lightroom", "后期"], lang="zh", level="intermediate",
  price=19900, rating=4.7, rc=1534, enr=16780, pub="2024-02-01T02:00:00Z", upd="2025-11-11T02:00:00Z",
  s="""
# 第一章 拍摄规划
v 13:20 看天气、看光线：拍摄前的功课
v 15:10 机位与构图
# 第二章 拍摄技巧
v 16:45 滤镜与长曝光
v 14:30 包围曝光与景深合成
# 第三章 Lightroom 后期
v 18:20 基础面板：曝光与白平衡
v 19:55 局部调整与蒙版
v 17:35 HDR 与全景合成
v 21:10 风格化调色与预设
q 5:00 结课测验
""")

C(title="Photography Basics: Exposure, Composition and Light",
  subtitle="Get off auto mode in one weekend",
  desc="A free foundation course for anyone with a camera. Understand aperture, shutter speed and ISO, learn composition rules (and when to break them), "
       "and start seeing light the way photographers do.",
  ins="nakamura", cat="photography", tags=["photography", "exposure", "composition", "摄影"], lang="en", level="beginner",
  price=0, rating=4.6, rc=12480, enr=215600, pub="2023-01-10T18:00:00Z", upd="2024-08-22T18:00:00Z",
  s="""
# Exposure
v 10:20 The exposure triangle
v 9:35 Aperture and depth of field
v 8:50 Shutter speed and motion
# Composition
v 11:40 Rule of thirds and beyond
v 10:05 Framing, layers and negative space
# Light
v 12:15 Reading natural light
q 5:00 Final quiz
""")

C(title="Street Photography: Seeing Stories in Everyday Life",
  subtitle="Confidence, timing and building a personal project",
  desc="Street photography is less about gear and more about attention. Learn to work a scene, anticipate moments, photograph strangers respectfully, "
       "and edit a cohesive series.\nIncludes audio walks recorded in Tokyo, Lisbon and Mexico City.",
  ins="nakamura", cat="photography", tags=["street photography", "documentary", "storytelling"], lang="en", level="intermediate",
  price=12900, rating=4.7, rc=856, enr=8930, pub="2024-09-25T18:00:00Z", upd="2025-07-04T18:00:00Z",
  s="""
# Seeing
v 12:30 What makes a street photograph
v 14:15 Light, shadow and layers
# Working the street
v 13:40 Overcoming the fear of photographing people
v 15:20 Anticipation and timing
p 24:00 Audio walk: Lisbon mornings
p 22:30 Audio walk: Tokyo after dark
# The project
v 17:45 Editing and sequencing a series
t 8:00 Ethics and the law: a short guide
""")

C(title="Food & Product Photography for Small Businesses",
  subtitle="Sell more with photos you can shoot on a kitchen table",
  desc="Shoot appetising food and clean product photos with one light, a few cheap modifiers and a phone or entry-level camera. "
       "We cover set-ups for menus, online shops and social media, plus a quick, consistent editing workflow.",
  ins="nakamura", cat="photography", tags=["product photography", "food photography", "small business", "摄影"], lang="en", level="all",
  price=9900, rating=4.5, rc=467, enr=4610, pub="2025-10-06T18:00:00Z", upd="2026-04-18T18:00:00Z",
  s="""
# Setting up
v 9:50 A tabletop studio for under $100
v 12:25 Window light and one-light set-ups
# Shooting
v 14:40 Food styling basics
v 13:10 White-background product shots
v 11:35 Lifestyle scenes for social media
# Editing
v 15:05 A consistent editing workflow
q 4:00 Quick quiz
""")

# ================================= exam =====================================
C(title="考研数学一：高等数学强化班",
  subtitle="题型归纳 + 方法总结，冲刺 130+",
  desc="本课程面向已完成基础复习的考研数学一考生，按照极限、一元微积分、多元微积分、级数与微分方程五大模块，系统归纳历年真题题型与解题方法。"
       "每个专题配有讲解视频、典型例题与限时训练。\n"
       "课程适用于 2027 年考研，后续会根据考试大纲变化更新内容。",
  ins="hejy", cat="exam", tags=["考研", "考研数学", "高等数学", "真题"], lang="zh", level="advanced",
  price=39900, rating=4.8, rc=4120, enr=46800, pub="2025-02-18T12:00:00Z", upd="2026-08-25T12:00:00Z",
  s="""
# 第一章 极限与连续
v 24:30 极限计算的七种武器
v 21:15 无穷小比较与等价替换
q 10:00 限时训练：极限
# 第二章 一元微积分
v 26:40 中值定理证明题
v 28:20 积分计算与技巧
v 22:50 定积分的应用
# 第三章 多元微积分
v 25:35 偏导数与全微分
v 29:10 二重积分与三重积分
v 27:45 曲线与曲面积分
q 10:00 限时训练：多元
# 第四章 级数与微分方程
v 24:05 幂级数与傅里叶级数
v 23:20 微分方程的解法汇总
""")

C(title="考研英语：阅读与写作高分策略",
  subtitle="长难句、阅读题型与写作模板一站搞定",
  desc="阅读理解占考研英语的半壁江山，写作则是最容易拉开差距的部分。本课程从长难句拆解入手，讲解阅读五大题型的解题思路，"
       "并提供大小作文的结构模板与高分表达，配合历年真题逐篇精讲。",
  ins="gaonan", cat="exam", tags=["考研", "考研英语", "英语", "阅读", "写作"], lang="zh", level="intermediate",
  price=29900, rating=4.7, rc=3580, enr=42100, pub="2024-03-28T12:00:00Z", upd="2026-07-01T12:00:00Z",
  s="""
# 第一章 长难句
v 18:20 句子主干与从句识别
v 20:05 插入语、倒装与省略
# 第二章 阅读理解
v 22:30 细节题与推理题
v 21:45 主旨题与态度题
p 25:00 真题精讲（音频版）
q 10:00 阅读限时训练
# 第三章 写作
v 19:10 小作文：书信与通知
v 23:35 大作文：图画与图表作文
t 9:00 高分表达 100 句
""")

C(title="雅思 7 分冲刺：听说读写全攻略",
  subtitle="前考官培训师带你逐项突破，附真题模考",
  desc="本课程针对目标 7 分的雅思考生，按照听力、阅读、写作、口语四个单项分别讲解评分标准、常见题型与提分策略。"
       "口语部分提供 Part 1–3 高频话题素材，写作部分逐篇批改示范范文。\n"
       "课程包含两套完整模考，帮助你在考前准确评估自己的水平。",
  ins="gaonan", cat="exam", tags=["雅思", "ielts", "英语", "出国留学"], lang="zh", level="intermediate",
  price=49900, rating=4.8, rc=2765, enr=24300, pub="2024-07-01T12:00:00Z", upd="2026-09-10T12:00:00Z",
  s="""
# 第一章 考试概览与备考规划
v 12:40 雅思考试结构与评分标准
t 7:00 8 周备考计划表
# 第二章 听力与阅读
v 20:15 听力：地图题与填空题
v 22:30 阅读：判断题 True/False/Not Given
v 19:45 阅读：段落信息匹配
q 10:00 听读小测
# 第三章 写作
v 24:10 Task 1：图表描述
v 26:35 Task 2：议论文结构与论证
# 第四章 口语
v 18:50 Part 1 高频话题
p 21:20 Part 2 素材串联示范
v 20:05 Part 3 深度讨论
""")

C(title="考研择校与备考规划公开课",
  subtitle="选学校、定专业、排时间，一节课理清思路",
  desc="考研的第一步不是刷题，而是想清楚为什么考、考哪里、怎么安排时间。本公开课讲解择校择专业的信息渠道与判断方法、"
       "全年备考时间线，以及在职考研和跨专业考研的注意事项。",
  ins="hejy", cat="exam", tags=["考研", "备考规划", "择校", "公开课"], lang="zh", level="all",
  price=0, rating=4.5, rc=6320, enr=89700, pub="2025-03-10T12:00:00Z", upd="2026-03-12T12:00:00Z",
  s="""
# 第一讲 想清楚再出发
v 14:20 为什么考研：动机与预期
v 16:35 择校择专业的信息渠道
# 第二讲 备考规划
v 18:10 全年备考时间线
v 13:45 在职与跨专业考研
t 6:00 备考规划模板
""")

C(title="IELTS Academic Writing: Task 1 and Task 2 Masterclass",
  subtitle="Band 7+ structures, vocabulary and examiner-style feedback",
  desc="Writing is where most IELTS candidates lose marks. Learn exactly how the four marking criteria work, then practise with a clear structure for every "
       "Task 1 chart type and every Task 2 essay type.\nIncludes twenty annotated sample answers at bands 6, 7 and 8 so you can see the difference.",
  ins="thornton", cat="exam", tags=["ielts", "writing", "english", "雅思"], lang="en", level="intermediate",
  price=19900, rating=4.7, rc=2213, enr=25900, pub="2023-06-26T09:00:00Z", upd="2025-09-30T09:00:00Z",
  s="""
# The marking criteria
v 13:10 How examiners score your essay
v 11:45 Coherence, cohesion and paragraphing
# Task 1
v 16:30 Line graphs and bar charts
v 15:20 Processes and maps
q 8:00 Task 1 practice quiz
# Task 2
v 18:40 Opinion and discussion essays
v 17:25 Problem-solution and two-part questions
t 9:00 Band 8 sample answers, annotated
""")

C(title="GRE Quantitative Reasoning Bootcamp",
  subtitle="Strategies, shortcuts and 300 practice problems",
  desc="An intensive bootcamp for the GRE Quant section. Review arithmetic, algebra, geometry and data analysis, learn test-taking strategies "
       "like plugging in and backsolving, and practise under timed conditions.",
  ins="thornton", cat="exam", tags=["gre", "math", "test prep", "留学"], lang="en", level="advanced",
  price=29900, rating=4.6, rc=784, enr=6950, pub="2024-01-22T09:00:00Z", upd="2025-03-05T09:00:00Z",
  s="""
# Arithmetic and algebra
v 19:20 Number properties
v 21:05 Algebra and inequalities
q 10:00 Timed set 1
# Geometry
v 18:35 Triangles, circles and polygons
v 16:50 Coordinate geometry
# Data analysis
v 20:40 Statistics and probability
v 17:15 Data interpretation sets
q 10:00 Timed set 2
# Strategy
v 14:25 Plugging in and backsolving
t 8:00 Test-day checklist
""")

C(title="AWS Certified Cloud Practitioner Exam Prep",
  subtitle="Pass the CLF-C02 on your first attempt",
  desc="A structured prep course for the AWS Cloud Practitioner certification. Covers cloud concepts, core services, security, pricing and support, "
       "with a full-length practice exam and explanations for every answer.",
  ins="okafor", cat="exam", tags=["aws", "cloud", "certification", "认证"], lang="en", level="beginner",
  price=12900, rating=4.5, rc=1650, enr=18200, pub="2024-11-18T14:00:00Z", upd="2026-01-28T14:00:00Z",
  s="""
# Cloud concepts
v 11:15 What the cloud is (and isn't)
v 13:40 The AWS global infrastructure
# Core services
v 18:25 Compute: EC2, Lambda and containers
v 16:50 Storage and databases
v 14:35 Networking basics
# Security and billing
v 15:10 Shared responsibility and IAM
v 12:45 Pricing models and cost tools
q 10:00 Full practice exam
""")

# =========================== personal-growth ================================
C(title="时间管理：把一天过成 25 小时",
  subtitle="从拖延到掌控，建立属于你的时间系统",
  desc="时间管理不是把日程塞满，而是把精力花在真正重要的事情上。本课程介绍四象限、番茄工作法、时间块与每周回顾等方法，"
       "并教你根据自己的工作类型搭建一套可持续的个人时间系统。\n"
       "每节课都有一个当天就能执行的小练习。",
  ins="shenyf", cat="personal-growth", tags=["时间管理", "效率", "自我提升", "职场"], lang="zh", level="all",
  price=9900, rating=4.6, rc=9840, enr=156000, pub="2023-02-27T01:00:00Z", upd="2025-02-14T01:00:00Z",
  s="""
# 第一章 重新认识时间
v 9:40 你的时间都去哪儿了
t 5:00 练习：记录三天时间日志
# 第二章 方法工具箱
v 12:15 四象限与优先级
v 11:30 番茄工作法的正确打开方式
v 13:05 时间块：保护深度工作时间
# 第三章 对抗拖延
p 14:20 拖延背后的情绪
v 10:50 两分钟法则与启动仪式
# 第四章 建立系统
v 15:35 每周回顾
v 12:40 选择适合自己的工具
q 4:00 结课测验
""")

C(title="高效阅读：一年读完 50 本书的方法",
  subtitle="选书、速读、笔记与输出的完整流程",
  desc="读了很多书却什么都没记住？本课程以音频为主，分享选书策略、主题阅读、速读技巧和卡片笔记法，"
       "帮助你把阅读变成真正的知识积累与输出。",
  ins="shenyf", cat="personal-growth", tags=["阅读", "学习方法", "笔记", "音频"], lang="zh", level="beginner",
  price=4900, rating=4.4, rc=2870, enr=35400, pub="2024-05-06T01:00:00Z", upd="2024-12-18T01:00:00Z",
  s="""
# 第一章 选书
p 11:20 怎样找到值得读的书
p 10:45 主题阅读：一次读五本
# 第二章 读书
p 12:30 检视阅读与速读
p 13:15 提问式精读
# 第三章 笔记与输出
v 14:40 卡片笔记法实操
p 12:05 用写作倒逼阅读
t 6:00 读书笔记模板
""")

C(title="情绪管理：与焦虑和平相处",
  subtitle="认识情绪、接纳情绪、调节情绪",
  desc="焦虑并不是你的敌人，而是一种提醒。本公开课结合认知行为疗法与正念练习的基本思路，讲解情绪的来源、常见的思维陷阱，"
       "以及几种简单有效的自我调节方法。课程配有引导式放松音频。\n"
       "本课程不能替代专业心理咨询，如有需要请及时寻求专业帮助。",
  ins="shenyf", cat="personal-growth", tags=["情绪管理", "心理健康", "正念", "公开课"], lang="zh", level="all",
  price=0, rating=4.7, rc=4580, enr=76300, pub="2025-05-12T01:00:00Z", upd="2025-10-10T01:00:00Z",
  s="""
# 第一讲 认识情绪
v 11:10 情绪从哪里来
v 12:35 常见的思维陷阱
# 第二讲 调节情绪
v 13:20 情绪 ABC 与认知重构
p 10:00 引导练习：身体扫描
p 8:00 引导练习：呼吸放松
# 第三讲 长期练习
v 9:55 建立你的情绪日记
t 6:00 什么时候需要寻求专业帮助
""")

C(title="Deep Work Habits for Remote Workers",
  subtitle="Protect your focus when home is also the office",
  desc="Remote work gives you control over your time — and a hundred new ways to lose it. Learn how to design your day, your space and your notifications "
       "for deep focus, and how to communicate availability with your team without feeling guilty.",
  ins="castillo", cat="personal-growth", tags=["productivity", "focus", "remote work", "时间管理"], lang="en", level="all",
  price=12900, rating=4.5, rc=1478, enr=16400, pub="2024-08-19T13:00:00Z", upd="2025-08-01T13:00:00Z",
  s="""
# Attention
v 10:30 Why shallow work takes over
v 12:05 Measuring your focus
# Designing your day
v 13:40 Time blocking for knowledge workers
v 11:25 Notifications, batching and async communication
p 15:00 Podcast: a day in the life of a focused team
# Sustaining it
v 12:50 Energy, breaks and shutdown rituals
q 4:00 Final reflection quiz
""")

C(title="Public Speaking Without Fear",
  subtitle="Structure, delivery and handling nerves on stage or on Zoom",
  desc="Whether it is a team update or a conference talk, you can learn to speak clearly and confidently. "
       "This course covers structuring a talk, storytelling, voice and body language, slides that help instead of hurt, and practical techniques for handling anxiety.\n"
       "You will record three practice talks and review them with a structured checklist.",
  ins="castillo", cat="personal-growth", tags=["public speaking", "communication", "confidence", "演讲"], lang="en", level="beginner",
  price=19900, rating=4.7, rc=2036, enr=22800, pub="2023-11-27T13:00:00Z", upd="2026-06-22T13:00:00Z",
  s="""
# Foundations
v 9:15 Why we fear speaking, and what helps
v 13:30 Structuring any talk in three parts
# Content
v 14:45 Storytelling for presenters
v 12:20 Slides that support you
# Delivery
v 15:10 Voice, pace and pauses
v 13:55 Body language on stage and on camera
p 11:40 Guided exercise: calming pre-talk nerves
# Practice
t 6:00 Self-review checklist
q 5:00 Final quiz
""")

C(title="Journaling for Clarity",
  subtitle="Ten minutes a day to think better and decide faster",
  desc="A short, practical course on journaling as a thinking tool. Learn five journaling formats — morning pages, decision journals, "
       "weekly reviews, gratitude logs and prompts for hard days — and pick the one that fits your life.",
  ins="castillo", cat="personal-growth", tags=["journaling", "self-reflection", "habits", "自我提升"], lang="en", level="beginner",
  price=4900, rating=4.3, rc=389, enr=4120, pub="2026-01-19T13:00:00Z", upd="2026-03-02T13:00:00Z",
  s="""
# Getting started
v 7:40 Why write things down
p 9:15 Morning pages
# Formats for thinking
v 10:30 The decision journal
v 8:55 Weekly reviews
p 7:20 Prompts for hard days
# Making it stick
v 8:10 Building the habit: cues and tiny starts
t 5:00 A 30-day journaling challenge
""")

# ---------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------
KINDS = {"v": "video", "p": "audio", "t": "article", "q": "quiz"}


def uid(group, n):
    """Deterministic version-7-style UUID: 0190a1b2-<group>-7000-8000-<n as 12 digits>."""
    return "0190a1b2-%04d-7000-8000-%012d" % (group, n)


def parse_outline(text):
    sections = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            sections.append((line[1:].strip(), []))
            continue
        kind, dur, title = line.split(" ", 2)
        minutes, seconds = dur.split(":")
        sections[-1][1].append((KINDS[kind], int(minutes) * 60 + int(seconds), title.strip()))
    return sections


def build():
    instructor_ids = {}
    instructors = []
    for i, (key, name, headline, bio) in enumerate(INSTRUCTORS, start=1):
        instructor_ids[key] = uid(0, i)
        instructors.append({"id": uid(0, i), "name": name, "headline": headline, "bio": bio})

    courses = []
    section_no = 0
    lesson_no = 0
    for ci, c in enumerate(COURSES, start=1):
        outline = parse_outline(c["s"])
        total_lessons = sum(len(ls) for _, ls in outline)
        paid = c["price"] > 0
        sections = []
        for si, (stitle, lessons) in enumerate(outline):
            section_no += 1
            out_lessons = []
            for li, (kind, dur, ltitle) in enumerate(lessons):
                lesson_no += 1
                lesson = {"id": uid(3, lesson_no), "title": ltitle, "kind": kind,
                          "duration_seconds": dur}
                # Paid courses: the first lesson (and the second one in longer courses) is a free preview.
                if paid and si == 0 and (li == 0 or (li == 1 and total_lessons >= 12)):
                    lesson["free_preview"] = True
                out_lessons.append(lesson)
            sections.append({"id": uid(2, section_no), "title": stitle, "lessons": out_lessons})
        courses.append({
            "id": uid(1, ci),
            "title": c["title"],
            "subtitle": c["subtitle"],
            "description": c["desc"],
            "instructor_id": instructor_ids[c["ins"]],
            "category": c["cat"],
            "tags": c["tags"],
            "language": c["lang"],
            "level": c["level"],
            "price": {"amount_minor": c["price"], "currency": "CNY"},
            "rating": c["rating"],
            "rating_count": c["rc"],
            "enrolment_count": c["enr"],
            "cover": None,
            # The subscription covers paid courses up to ¥299; premium courses are sold separately.
            "in_subscription": paid and c["price"] <= 29900,
            "published_at": c["pub"],
            "updated_at": c["upd"],
            "sections": sections,
        })
    return {"format": "lectern-catalog", "version": 1,
            "instructors": instructors, "courses": courses}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "resources", "catalog", "demo_catalog.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    text = json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d courses, %d instructors)" % (os.path.normpath(out), len(COURSES), len(INSTRUCTORS)))


if __name__ == "__main__":
    main()
