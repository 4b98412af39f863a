// Free learning resources, hand-curated (see README.md: how the links were chosen and checked).
// One line per resource: kind|level|hours|provider|title|url|skills it teaches (@category: a
// starting point for a whole category). Each address appears once; a `# checked` line dates the
// lines below it.
export const PACKED_RESOURCES = `
# checked 2026-12-02
# Web development
course|beginner|300|freeCodeCamp|Responsive Web Design certification|https://www.freecodecamp.org/learn/2022/responsive-web-design/|html css responsive-design web-design landing-page frontend-development psd-to-html bootstrap @web-dev
course|beginner|300|freeCodeCamp|JavaScript Algorithms and Data Structures|https://www.freecodecamp.org/learn/javascript-algorithms-and-data-structures-v8/|javascript
course|beginner|300|freeCodeCamp|Front End Development Libraries|https://www.freecodecamp.org/learn/front-end-development-libraries/|react redux jquery sass bootstrap frontend-development
course|intermediate|300|freeCodeCamp|Back End Development and APIs|https://www.freecodecamp.org/learn/back-end-development-and-apis/|nodejs express mongodb api-development rest-api backend-development @software-dev
course|beginner|300|freeCodeCamp|Relational Database certification|https://www.freecodecamp.org/learn/relational-database/|sql postgresql databases database-design git
course|beginner|1000|The Odin Project|The Odin Project: Foundations and full-stack paths|https://www.theodinproject.com/paths|html css javascript git full-stack-development web-development nodejs ruby-on-rails
docs|beginner|40|MDN Web Docs|Learn web development|https://developer.mozilla.org/en-US/docs/Learn_web_development|web-development html css javascript website-testing @web-dev
docs|beginner|20|MDN Web Docs|HTML reference and guides|https://developer.mozilla.org/en-US/docs/Web/HTML|html web-forms
docs|beginner|20|MDN Web Docs|CSS reference and guides|https://developer.mozilla.org/en-US/docs/Web/CSS|css responsive-design
docs|beginner|30|MDN Web Docs|JavaScript Guide|https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide|javascript json
docs|intermediate|10|MDN Web Docs|HTTP: an overview and reference|https://developer.mozilla.org/en-US/docs/Web/HTTP|rest-api api-integration api-development web-hosting user-authentication
docs|intermediate|8|MDN Web Docs|Web APIs: Fetch, WebSockets and more|https://developer.mozilla.org/en-US/docs/Web/API|api-integration websockets geolocation chrome-extension
course|beginner|15|web.dev (Google)|Learn HTML|https://web.dev/learn/html|html web-forms
course|beginner|15|web.dev (Google)|Learn CSS|https://web.dev/learn/css|css
course|beginner|10|web.dev (Google)|Learn Responsive Design|https://web.dev/learn/design|responsive-design web-design mobile-ui
course|beginner|15|web.dev (Google)|Learn JavaScript|https://web.dev/learn/javascript|javascript
course|intermediate|8|web.dev (Google)|Learn Performance|https://web.dev/learn/performance|website-speed-optimization
course|beginner|8|web.dev (Google)|Learn Accessibility|https://web.dev/learn/accessibility|web-accessibility
docs|beginner|10|TypeScript|The TypeScript Handbook|https://www.typescriptlang.org/docs/handbook/intro.html|typescript
docs|beginner|15|React|Learn React (react.dev)|https://react.dev/learn|react frontend-development
docs|intermediate|10|Redux|Redux Essentials tutorial|https://redux.js.org/tutorials/essentials/part-1-overview-concepts|redux
course|beginner|12|Vercel|Next.js Learn course|https://nextjs.org/learn|nextjs vercel
docs|beginner|5|Vercel|Vercel documentation|https://vercel.com/docs|vercel
docs|beginner|12|Vue.js|Vue.js guide|https://vuejs.org/guide/introduction.html|vuejs
docs|beginner|12|Google|Angular tutorials|https://angular.dev/tutorials|angular
docs|beginner|12|Node.js|Learn Node.js|https://nodejs.org/en/learn|nodejs backend-development
docs|beginner|4|Express|Express getting started|https://expressjs.com/en/starter/installing.html|express
docs|intermediate|12|NestJS|NestJS documentation|https://docs.nestjs.com/|nestjs
docs|beginner|5|jQuery|jQuery Learning Center|https://learn.jquery.com/|jquery
docs|beginner|4|Bootstrap|Bootstrap documentation|https://getbootstrap.com/docs/|bootstrap
docs|beginner|4|Tailwind Labs|Tailwind CSS documentation|https://tailwindcss.com/docs|tailwind-css
docs|beginner|3|Sass|Sass basics|https://sass-lang.com/guide/|sass
docs|beginner|10|PHP|PHP manual: a simple tutorial|https://www.php.net/manual/en/tutorial.php|php
course|beginner|10|Laravel|Laravel Bootcamp|https://bootcamp.laravel.com/|laravel
docs|intermediate|20|Laravel|Laravel documentation|https://laravel.com/docs|laravel
docs|intermediate|10|Yii|The Definitive Guide to Yii 2.0|https://www.yiiframework.com/doc/guide/2.0/en|yii
docs|intermediate|10|CodeIgniter|CodeIgniter user guide|https://codeigniter.com/user_guide/|codeigniter
course|beginner|20|WordPress.org|Learn WordPress|https://learn.wordpress.org/|wordpress elementor divi gravity-forms yoast plugin
docs|intermediate|20|WordPress.org|Plugin Developer Handbook|https://developer.wordpress.org/plugins/|wordpress-plugin-development plugin
docs|intermediate|20|WordPress.org|Theme Developer Handbook|https://developer.wordpress.org/themes/|wordpress-theme-development
docs|intermediate|10|WooCommerce|WooCommerce developer documentation|https://developer.woocommerce.com/docs/|woocommerce
course|beginner|10|Elementor|Elementor Academy|https://elementor.com/academy/|elementor
course|beginner|10|Shopify|Shopify Academy|https://www.shopifyacademy.com/|shopify ecommerce product-listing
docs|intermediate|15|Shopify|Shopify themes documentation|https://shopify.dev/docs/storefronts/themes|shopify-theme-development liquid-2
docs|intermediate|15|Shopify|Shopify app development documentation|https://shopify.dev/docs/apps|shopify-apps
docs|beginner|5|Shopify|Liquid reference|https://shopify.dev/docs/api/liquid|liquid-2
course|beginner|15|Webflow|Webflow University|https://university.webflow.com/|webflow no-code
course|beginner|5|Wix|Wix Learn|https://www.wix.com/learn|wix
docs|beginner|4|Squarespace|Squarespace Help Center|https://support.squarespace.com/hc/en-us|squarespace
course|beginner|8|Framer|Framer Academy|https://www.framer.com/academy/|framer
docs|intermediate|15|Adobe|Adobe Commerce (Magento) developer documentation|https://developer.adobe.com/commerce/docs/|magento
docs|intermediate|15|Drupal|Drupal documentation|https://www.drupal.org/docs|drupal
docs|intermediate|8|BigCommerce|BigCommerce developer documentation|https://developer.bigcommerce.com/docs|bigcommerce
docs|beginner|6|Bubble|Bubble Academy|https://bubble.io/academy|bubble no-code
docs|intermediate|8|Stripe|Stripe documentation|https://docs.stripe.com/|stripe payment-gateway
docs|intermediate|6|PayPal|PayPal developer documentation|https://developer.paypal.com/docs/|paypal payment-gateway
docs|intermediate|8|Google|Chrome extensions: get started|https://developer.chrome.com/docs/extensions/get-started|chrome-extension
docs|intermediate|6|Google|Google Maps Platform documentation|https://developers.google.com/maps/documentation|google-maps google-maps-api geolocation
docs|beginner|6|Chart.js|Chart.js documentation|https://www.chartjs.org/docs/latest/|chartjs dashboard-development
docs|intermediate|10|three.js|three.js manual|https://threejs.org/manual/|three-js
docs|intermediate|6|GraphQL Foundation|Learn GraphQL|https://graphql.org/learn/|graphql
docs|beginner|1|JSON.org|Introducing JSON|https://www.json.org/json-en.html|json
docs|intermediate|10|Microsoft|Learn ASP.NET|https://dotnet.microsoft.com/en-us/learn/aspnet|asp-net blazor
docs|intermediate|10|Microsoft|Blazor|https://dotnet.microsoft.com/en-us/apps/aspnet/web-apps/blazor|blazor
docs|intermediate|5|GoDaddy|GoDaddy Help|https://www.godaddy.com/help|godaddy web-hosting
docs|intermediate|8|Zoho|Zoho Creator help|https://www.zoho.com/creator/help/|zoho-creator
# Mobile development
course|beginner|60|Google|Android Developers courses|https://developer.android.com/courses|android kotlin mobile-app-development @mobile-dev
docs|beginner|20|JetBrains|Kotlin: get started|https://kotlinlang.org/docs/getting-started.html|kotlin
docs|intermediate|10|Google|Google Play Billing|https://developer.android.com/google/play/billing|in-app-purchases
course|beginner|30|Apple|SwiftUI tutorials|https://developer.apple.com/tutorials/swiftui|ios-development swift mobile-ui @mobile-dev
course|beginner|30|Apple|Develop in Swift tutorials|https://developer.apple.com/tutorials/develop-in-swift|ios-development swift xcode
docs|beginner|20|Swift.org|The Swift Programming Language|https://docs.swift.org/swift-book/|swift
docs|intermediate|5|Apple|Xcode documentation|https://developer.apple.com/documentation/xcode|xcode app-store-submission
docs|intermediate|4|Apple|App Review Guidelines|https://developer.apple.com/app-store/review/guidelines/|app-store-submission in-app-purchases
docs|intermediate|8|Apple|Objective-C: Programming with Objective-C|https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/ProgrammingWithObjectiveC/Introduction/Introduction.html|objective-c
docs|beginner|8|Apple|macOS developer documentation|https://developer.apple.com/macos/|macos desktop-apps
docs|beginner|20|Google|Flutter documentation|https://docs.flutter.dev/|flutter mobile-app-development ai-mobile-apps
docs|beginner|10|Google|Dart language tour|https://dart.dev/language|dart
docs|beginner|15|Meta|React Native: get started|https://reactnative.dev/docs/getting-started|react-native
docs|beginner|10|Expo|Expo documentation|https://docs.expo.dev/|expo-io react-native push-notifications
docs|intermediate|10|Ionic|Ionic Framework documentation|https://ionicframework.com/docs|ionic
docs|beginner|10|Google|Firebase documentation|https://firebase.google.com/docs|firebase firebase-cloud-firestore push-notifications user-authentication user-profile-creation
docs|intermediate|8|Appium|Appium documentation|https://appium.io/docs/en/latest/|appium
docs|intermediate|6|Roku|Roku developer documentation|https://developer.roku.com/docs/developer-program/getting-started/roku-dev-prog.md|brightscript tv-set
# Software, cloud and DevOps
course|beginner|100|Harvard University|CS50: Introduction to Computer Science|https://cs50.harvard.edu/x/|c software-development python sql debugging @software-dev
course|beginner|300|freeCodeCamp|Scientific Computing with Python|https://www.freecodecamp.org/learn/scientific-computing-with-python/|python
docs|beginner|10|Python Software Foundation|The Python Tutorial|https://docs.python.org/3/tutorial/|python
course|beginner|40|Dr. Chuck (University of Michigan)|Python for Everybody|https://www.py4e.com/|python web-scraping
course|beginner|30|Al Sweigart|Automate the Boring Stuff with Python|https://automatetheboringstuff.com/|automation-scripting python web-scraping excel data-entry
docs|intermediate|8|Scrapy|Scrapy tutorial|https://docs.scrapy.org/en/latest/intro/tutorial.html|web-scraping data-mining data-collection
course|beginner|100|University of Helsinki|Java Programming MOOC|https://java-programming.mooc.fi/|java
docs|beginner|20|Oracle|Learn Java (dev.java)|https://dev.java/learn/|java
docs|intermediate|10|Broadcom|Spring guides|https://spring.io/guides|spring
docs|beginner|20|Microsoft|C# documentation|https://learn.microsoft.com/en-us/dotnet/csharp/|csharp
course|beginner|30|freeCodeCamp and Microsoft|Foundational C# with Microsoft|https://www.freecodecamp.org/learn/foundational-c-sharp-with-microsoft/|csharp dotnet
docs|beginner|20|Microsoft|Learn .NET|https://dotnet.microsoft.com/en-us/learn|dotnet desktop-apps microsoft-windows
course|beginner|60|LearnCpp.com|Learn C++|https://www.learncpp.com/|cpp
docs|intermediate|10|cppreference.com|C reference|https://en.cppreference.com/w/c|c embedded-systems
docs|beginner|10|Go|A Tour of Go|https://go.dev/tour/|go
docs|beginner|30|Rust Foundation|The Rust Programming Language|https://doc.rust-lang.org/book/|rust
docs|beginner|10|Ruby|Ruby in Twenty Minutes|https://www.ruby-lang.org/en/documentation/quickstart/|ruby
docs|beginner|10|Ruby on Rails|Getting Started with Rails|https://guides.rubyonrails.org/getting_started.html|ruby-on-rails
docs|beginner|10|Scala|Tour of Scala|https://docs.scala-lang.org/tour/tour-of-scala.html|scala
docs|beginner|10|Django|Writing your first Django app|https://docs.djangoproject.com/en/stable/intro/tutorial01/|django
docs|beginner|6|Pallets|Flask tutorial|https://flask.palletsprojects.com/en/stable/tutorial/|flask
docs|beginner|8|FastAPI|FastAPI tutorial|https://fastapi.tiangolo.com/tutorial/|fastapi api-development
docs|beginner|10|Git|Pro Git book|https://git-scm.com/book/en/v2|git
practice|beginner|5|GitHub|GitHub Skills|https://skills.github.com/|git ci-cd
docs|beginner|6|Docker|Docker: get started|https://docs.docker.com/get-started/|docker devops
docs|intermediate|6|The Linux Foundation|Kubernetes basics|https://kubernetes.io/docs/tutorials/kubernetes-basics/|kubernetes devops microservices
course|beginner|20|Linux Journey|Linux Journey|https://linuxjourney.com/|linux system-administration
docs|beginner|6|Canonical|Ubuntu tutorials|https://ubuntu.com/tutorials|linux web-hosting
docs|intermediate|3|NGINX|nginx beginner's guide|https://nginx.org/en/docs/beginners_guide.html|nginx web-hosting
docs|intermediate|8|Apache|Apache HTTP Server documentation|https://httpd.apache.org/docs/current/|apache-server
course|beginner|40|Amazon Web Services|AWS Skill Builder|https://skillbuilder.aws/|aws cloud-computing devops
course|beginner|40|Microsoft|Azure training on Microsoft Learn|https://learn.microsoft.com/en-us/training/azure/|azure cloud-computing
course|beginner|40|Google Cloud|Google Cloud Skills Boost|https://www.cloudskillsboost.google/|gcp cloud-computing
docs|intermediate|8|GitHub|GitHub Actions documentation|https://docs.github.com/en/actions|ci-cd devops
docs|intermediate|10|Atlassian|Microservices architecture|https://www.atlassian.com/microservices|microservices software-architecture
docs|intermediate|10|Martin Fowler|Software architecture guide|https://martinfowler.com/architecture/|software-architecture
docs|beginner|8|Selenium|Selenium documentation|https://www.selenium.dev/documentation/|selenium test-automation software-testing website-testing
docs|beginner|8|Microsoft|Playwright: getting started|https://playwright.dev/docs/intro|test-automation website-testing software-testing
course|intermediate|300|freeCodeCamp|Quality Assurance certification|https://www.freecodecamp.org/learn/quality-assurance/|software-testing test-automation
docs|intermediate|6|OWASP|OWASP Top Ten|https://owasp.org/www-project-top-ten/|cybersecurity user-authentication
course|beginner|300|freeCodeCamp|Information Security certification|https://www.freecodecamp.org/learn/information-security/|cybersecurity
docs|intermediate|6|Qt Group|Qt documentation|https://doc.qt.io/|qt desktop-apps
docs|intermediate|8|Microsoft|Windows app development|https://learn.microsoft.com/en-us/windows/apps/|microsoft-windows desktop-apps
course|beginner|30|Unity|Unity Learn|https://learn.unity.com/|unity game-development ar-vr
course|beginner|30|Epic Games|Unreal Engine learning library|https://dev.epicgames.com/community/unreal-engine/learning|unreal-engine game-development
docs|beginner|10|Godot|Godot Engine documentation|https://docs.godotengine.org/en/stable/|game-development
docs|intermediate|8|Meta|Meta XR developer documentation|https://developers.meta.com/horizon/documentation/|ar-vr
docs|intermediate|10|Khronos Group|Learn OpenGL|https://learnopengl.com/|opengl
docs|intermediate|10|Ethereum Foundation|Ethereum developer docs|https://ethereum.org/en/developers/docs/|ethereum blockchain web3 blockchain-architecture nft cryptocurrency
docs|intermediate|10|Solidity|Solidity documentation|https://docs.soliditylang.org/|solidity ethereum
practice|beginner|10|CryptoZombies|CryptoZombies: learn Solidity by building a game|https://cryptozombies.io/|solidity blockchain nft
docs|intermediate|10|Solana Foundation|Solana documentation|https://solana.com/docs|solana blockchain
docs|intermediate|10|Bitcoin Project|Bitcoin developer guides|https://developer.bitcoin.org/|bitcoin cryptocurrency
docs|intermediate|6|ChainSafe|web3.js documentation|https://docs.web3js.org/|web3-js web3
docs|intermediate|5|Telegram|Telegram Bot API|https://core.telegram.org/bots/api|telegram-api bot chatbot-development
docs|intermediate|5|Discord|Discord developer documentation|https://discord.com/developers/docs/intro|discord-bot bot
docs|intermediate|6|Twilio|Twilio documentation|https://www.twilio.com/docs|twilio chat-messaging-software whatsapp
docs|intermediate|6|Meta|WhatsApp Business Platform documentation|https://developers.facebook.com/docs/whatsapp|whatsapp chat-messaging-software
docs|intermediate|6|Meta|Graph API documentation|https://developers.facebook.com/docs/graph-api|facebook-api
docs|intermediate|6|Arduino|Arduino documentation|https://docs.arduino.cc/|iot embedded-systems electronics
docs|intermediate|10|Cisco Networking Academy|Cisco Networking Academy|https://www.netacad.com/|networking cybersecurity iot
docs|intermediate|6|Microsoft|VBA in Office: getting started|https://learn.microsoft.com/en-us/office/vba/library-reference/concepts/getting-started-with-vba-in-office|vba
docs|intermediate|10|Microsoft|SharePoint documentation|https://learn.microsoft.com/en-us/sharepoint/|sharepoint
docs|intermediate|10|Microsoft|Dynamics 365 documentation|https://learn.microsoft.com/en-us/dynamics365/|dynamics-365 dynamics-crm
docs|intermediate|10|Odoo|Odoo eLearning|https://www.odoo.com/slides|odoo
docs|beginner|8|Salesforce|Trailhead|https://trailhead.salesforce.com/|salesforce salesforce-dev salesforce-lightning crm crm-automation sales closing b2b-sales
docs|intermediate|8|Zapier|Zapier Learn|https://learn.zapier.com/|zapier business-process-automation no-code
course|beginner|8|Make|Make Academy|https://academy.make.com/|make-com business-process-automation
docs|intermediate|6|n8n|n8n documentation|https://docs.n8n.io/|n8n business-process-automation
docs|beginner|5|Airtable|Airtable support and guides|https://support.airtable.com/|airtable no-code databases
docs|beginner|6|Microsoft|AI Builder documentation|https://learn.microsoft.com/en-us/ai-builder/|ai-builder
docs|beginner|8|Microsoft|Power Automate documentation|https://learn.microsoft.com/en-us/power-automate/|power-automate business-process-automation
docs|intermediate|5|Google|Apps Script documentation|https://developers.google.com/apps-script|google-apps-script google-sheets automation-scripting
docs|beginner|6|Supabase|Supabase documentation|https://supabase.com/docs|supabase postgresql user-authentication
docs|beginner|10|PostgreSQL|PostgreSQL tutorial|https://www.postgresql.org/docs/current/tutorial.html|postgresql sql
docs|beginner|10|Oracle|MySQL documentation|https://dev.mysql.com/doc/|mysql
docs|intermediate|5|SQLite|SQLite documentation|https://www.sqlite.org/docs.html|sqlite
course|beginner|20|MongoDB|MongoDB University|https://learn.mongodb.com/|mongodb nosql
docs|intermediate|10|Microsoft|SQL Server documentation|https://learn.microsoft.com/en-us/sql/sql-server/|sql-server sql
course|beginner|10|Khan Academy|Intro to SQL: querying and managing data|https://www.khanacademy.org/computing/computer-programming/sql|sql databases
course|beginner|10|Neo4j|Neo4j GraphAcademy|https://graphacademy.neo4j.com/|neo4j knowledge-graph nosql
# Data and AI
course|beginner|40|Kaggle|Kaggle Learn|https://www.kaggle.com/learn|data-science machine-learning data-analysis data-cleaning data-visualization python sql @data-ai
course|beginner|300|freeCodeCamp|Data Analysis with Python|https://www.freecodecamp.org/learn/data-analysis-with-python/|data-analysis numpy data-cleaning
course|beginner|300|freeCodeCamp|Data Visualization certification|https://www.freecodecamp.org/learn/data-visualization/|data-visualization dashboard-development
course|intermediate|300|freeCodeCamp|Machine Learning with Python|https://www.freecodecamp.org/learn/machine-learning-with-python/|machine-learning tensorflow deep-learning
course|beginner|15|Google|Machine Learning Crash Course|https://developers.google.com/machine-learning/crash-course|machine-learning deep-learning artificial-intelligence
course|intermediate|40|fast.ai|Practical Deep Learning for Coders|https://course.fast.ai/|deep-learning computer-vision nlp pytorch
course|beginner|30|University of Helsinki|Elements of AI|https://www.elementsofai.com/|artificial-intelligence @data-ai
course|intermediate|20|Hugging Face|Hugging Face Learn|https://huggingface.co/learn|nlp llm generative-ai stable-diffusion ai-model-integration ai-agent-development computer-vision
docs|intermediate|8|OpenAI|OpenAI platform documentation|https://platform.openai.com/docs|openai-api chatgpt chatbot-development ai-model-integration ai-agent-development prompt-engineering
docs|intermediate|8|Anthropic|Claude documentation|https://docs.anthropic.com/|claude ai-model-integration prompt-engineering ai-agent-development
docs|beginner|5|DAIR.AI|Prompt Engineering Guide|https://www.promptingguide.ai/|prompt-engineering chatgpt generative-ai ai-generated-code
docs|intermediate|8|LangChain|LangChain documentation|https://python.langchain.com/docs/introduction/|langchain ai-agent-development vector-database llm
docs|intermediate|10|Google|TensorFlow tutorials|https://www.tensorflow.org/tutorials|tensorflow deep-learning
docs|intermediate|10|PyTorch Foundation|PyTorch tutorials|https://pytorch.org/tutorials/|pytorch deep-learning
docs|beginner|6|NumPy|NumPy: learn|https://numpy.org/learn/|numpy
docs|beginner|6|pandas|pandas getting started|https://pandas.pydata.org/docs/getting_started/index.html|data-analysis data-cleaning
docs|intermediate|6|OpenCV|OpenCV documentation|https://docs.opencv.org/|computer-vision image-processing ocr
course|beginner|40|Khan Academy|Statistics and probability|https://www.khanacademy.org/math/statistics-probability|statistics data-analysis
docs|beginner|30|OpenIntro|OpenIntro Statistics (free textbook)|https://www.openintro.org/book/os/|statistics
docs|beginner|30|Hadley Wickham et al.|R for Data Science|https://r4ds.hadley.nz/|r data-science data-visualization
docs|beginner|15|Microsoft|Power BI documentation and learning paths|https://learn.microsoft.com/en-us/power-bi/|power-bi business-intelligence dashboard-development
course|beginner|10|Tableau|Tableau free training videos|https://www.tableau.com/learn/training|tableau business-intelligence data-visualization
docs|beginner|5|Google|Looker Studio help|https://support.google.com/looker-studio|looker-studio dashboard-development
docs|intermediate|10|Databricks|Databricks documentation|https://docs.databricks.com/|databricks data-engineering
course|intermediate|60|DataTalks.Club|Data Engineering Zoomcamp|https://github.com/DataTalksClub/data-engineering-zoomcamp|data-engineering data-modeling
docs|intermediate|10|Esri|Esri training catalog|https://www.esri.com/training/|gis
docs|beginner|8|QGIS|QGIS training manual|https://docs.qgis.org/latest/en/docs/training_manual/|gis
docs|intermediate|6|Pinecone|Pinecone learning center|https://www.pinecone.io/learn/|vector-database
docs|intermediate|6|Tesseract|Tesseract OCR documentation|https://tesseract-ocr.github.io/|ocr
course|beginner|6|Google|Introduction to Generative AI|https://www.cloudskillsboost.google/course_templates/536|generative-ai ai-image-generation
docs|intermediate|4|Zulko|MoviePy documentation|https://zulko.github.io/moviepy/|moviepy
docs|beginner|6|MetaQuotes|MQL5 reference|https://www.mql5.com/en/docs|mql forex-trading
docs|beginner|6|TradingView|Pine Script user manual|https://www.tradingview.com/pine-script-docs/|pine-script tradingview
course|beginner|20|Babypips|School of Pipsology|https://www.babypips.com/learn/forex|forex-trading
course|expert|40|MIT OpenCourseWare|Topics in Mathematics with Applications in Finance|https://ocw.mit.edu/courses/18-s096-topics-in-mathematics-with-applications-in-finance-fall-2013/|quantitative-finance
docs|beginner|6|Google|Search Central: SEO Starter Guide|https://developers.google.com/search/docs/fundamentals/seo-starter-guide|seo web-research keyword-research
# Design and UX
docs|beginner|10|Figma|Figma Learn (help center)|https://help.figma.com/hc/en-us|figma prototyping wireframing design-mockups ui-design mobile-ui @design-ux
course|beginner|10|Canva|Canva Design School|https://www.canva.com/designschool/|canva graphic-design flyer-design presentation-design logo-design brand-identity banner-design print-design @design-ux
docs|beginner|10|Adobe|Photoshop tutorials|https://helpx.adobe.com/photoshop/tutorials.html|photoshop photo-editing design-mockups banner-design
docs|beginner|10|Adobe|Illustrator tutorials|https://helpx.adobe.com/illustrator/tutorials.html|illustrator illustration logo-design flyer-design
docs|beginner|6|Adobe|Adobe XD tutorials|https://helpx.adobe.com/xd/tutorials.html|adobe-xd prototyping wireframing
docs|beginner|6|Adobe|InDesign tutorials|https://helpx.adobe.com/indesign/tutorials.html|print-design
docs|beginner|6|Sketch|Sketch documentation|https://www.sketch.com/docs/|sketch ui-design
docs|beginner|10|Nielsen Norman Group|UX articles and videos|https://www.nngroup.com/articles/|ux-design ux-research user-flow ui-ux-design
docs|beginner|3|Jon Yablonski|Laws of UX|https://lawsofux.com/|ux-design ui-ux-design ui-design
docs|intermediate|8|Google|Material Design 3|https://m3.material.io/|ui-design mobile-ui ui-ux-design
docs|intermediate|8|Apple|Human Interface Guidelines|https://developer.apple.com/design/human-interface-guidelines|ui-design mobile-ui
docs|beginner|8|GOV.UK|Service Manual: user research and design|https://www.gov.uk/service-manual|ux-research user-flow ux-design
course|beginner|20|Blender Foundation|Blender tutorials|https://www.blender.org/support/tutorials/|blender three-d-modeling three-d-animation animation visual-effects
docs|intermediate|20|SideFX|Houdini learning paths|https://www.sidefx.com/learn/|houdini visual-effects
docs|beginner|6|GIMP|GIMP tutorials|https://www.gimp.org/tutorials/|photo-editing graphic-design
docs|beginner|6|Inkscape|Inkscape learning resources|https://inkscape.org/learn/|illustration logo-design
docs|beginner|8|Autodesk|Autodesk Learning|https://www.autodesk.com/learn|autocad cad-drafting three-d-modeling architecture-design @engineering
# Writing
docs|beginner|20|Purdue University|Purdue Online Writing Lab (OWL)|https://owl.purdue.edu/owl/purdue_owl.html|content-writing article-writing academic-writing research-writing blog-writing creative-writing report-writing business-writing english @writing
docs|beginner|10|UNC Writing Center|Writing Center handouts|https://writingcenter.unc.edu/tips-and-tools/|academic-writing research-writing report-writing
course|beginner|6|Google|Technical Writing courses|https://developers.google.com/tech-writing|technical-writing report-writing
docs|beginner|5|Google|Developer documentation style guide|https://developers.google.com/style|style-guides technical-writing
docs|beginner|5|Microsoft|Microsoft Writing Style Guide|https://learn.microsoft.com/en-us/style-guide/welcome/|style-guides business-writing
docs|beginner|3|Google|Search Central: creating helpful content|https://developers.google.com/search/docs/fundamentals/creating-helpful-content|seo-writing content-writing blog-writing article-writing
course|beginner|10|HubSpot Academy|Content Marketing course|https://academy.hubspot.com/courses/content-marketing|content-marketing content-writing copywriting blog-writing website-copywriting seo-writing ghostwriting
course|beginner|10|BBC|BBC Writers: scriptwriting resources|https://www.bbc.co.uk/writers/|scriptwriting creative-writing
course|beginner|10|The Open University|OpenLearn free courses|https://www.open.edu/openlearn/|creative-writing business-writing email-writing resume-writing soft-skills life-coaching @writing @business
# Translation and languages
course|beginner|40|British Council|LearnEnglish|https://learnenglish.britishcouncil.org/|english english-teaching @translation
course|beginner|40|BBC|BBC Learning English|https://www.bbc.co.uk/learningenglish|english
practice|beginner|40|Duolingo|Duolingo|https://www.duolingo.com/|spanish french german chinese japanese dutch indonesian @translation
course|beginner|40|TV5Monde|Apprendre le français avec TV5Monde|https://apprendre.tv5monde.com/|french english-to-french-translation
course|beginner|40|Deutsche Welle|Learn German with DW|https://learngerman.dw.com/|german
course|beginner|30|NHK World|Easy Japanese|https://www.nhk.or.jp/lesson/en/|japanese
course|beginner|30|University of Texas at Austin|COERLL open language materials|https://coerll.utexas.edu/coerll/|spanish
docs|beginner|4|European Union|IATE: the EU's terminology database|https://iate.europa.eu/|translation english-to-french-translation
practice|beginner|5|oTranscribe|oTranscribe: free transcription web app|https://otranscribe.com/|transcription
practice|beginner|10|Keybr|Keybr typing practice|https://www.keybr.com/|typing transcription data-entry
practice|beginner|10|TypingClub|TypingClub typing lessons|https://www.typingclub.com/|typing data-entry
# Marketing and SEO
course|beginner|10|Google|Google Skillshop|https://skillshop.withgoogle.com/|google-ads google-analytics sem marketing-analytics @marketing-seo
certificate|beginner|150|Google|Digital Marketing and E-commerce Certificate|https://grow.google/certificates/digital-marketing-ecommerce/|digital-marketing ecommerce email-marketing marketing-strategy @marketing-seo
docs|beginner|4|Google|Analytics help center|https://support.google.com/analytics|google-analytics marketing-analytics
docs|beginner|4|Google|Tag Manager help center|https://support.google.com/tagmanager|google-tag-manager
docs|beginner|8|Moz|The Beginner's Guide to SEO|https://moz.com/beginners-guide-to-seo|seo keyword-research ecommerce-seo
course|beginner|10|Semrush|Semrush Academy|https://www.semrush.com/academy/|seo keyword-research competitive-analysis sem
course|beginner|5|Yoast|Yoast SEO academy|https://yoast.com/academy/|yoast seo
course|beginner|20|HubSpot Academy|HubSpot Academy|https://academy.hubspot.com/|hubspot marketing lead-generation sales social-media-marketing email-marketing public-relations influencer-marketing affiliate-marketing marketing-automation conversion-rate-optimization @marketing-seo @sales
course|beginner|10|Meta|Meta Blueprint|https://www.facebook.com/business/learn|facebook-marketing facebook-ads instagram-marketing social-media-marketing social-media-management
course|beginner|6|LinkedIn|LinkedIn Marketing Labs|https://training.marketing.linkedin.com/|linkedin-marketing b2b-sales
docs|beginner|5|TikTok|TikTok Ads help center|https://ads.tiktok.com/help/|tiktok-marketing
docs|beginner|5|YouTube|YouTube Creators|https://www.youtube.com/creators/|youtube-marketing youtube-video-production
docs|beginner|5|Mailchimp|Mailchimp resources: marketing library|https://mailchimp.com/resources/|email-marketing marketing-automation
course|beginner|10|Amazon|Amazon Seller University|https://sell.amazon.com/learn|amazon-seller product-listing ecommerce
docs|beginner|4|eBay|eBay Seller Center|https://www.ebay.com/sellercenter|ebay product-listing
docs|beginner|4|ClickFunnels|ClickFunnels help center|https://support.myclickfunnels.com/|clickfunnels landing-page
docs|beginner|4|U.S. Small Business Administration|Market research and competitive analysis|https://www.sba.gov/business-guide/plan-your-business/market-research-competitive-analysis|market-research competitive-analysis marketing-strategy
# Video, audio and photography
docs|beginner|10|Adobe|Premiere Pro tutorials|https://helpx.adobe.com/premiere-pro/tutorials.html|premiere-pro video-editing @video-audio
docs|beginner|10|Adobe|After Effects tutorials|https://helpx.adobe.com/after-effects/tutorials.html|after-effects animation visual-effects
course|beginner|20|Blackmagic Design|DaVinci Resolve training|https://www.blackmagicdesign.com/products/davinciresolve/training|video-editing videography @video-audio
docs|beginner|4|OBS Project|OBS Studio knowledge base|https://obsproject.com/kb/|video-streaming
docs|beginner|5|Audacity|Audacity manual|https://manual.audacityteam.org/|audio-editing audio-mixing
docs|intermediate|8|Apple|Logic Pro user guide|https://support.apple.com/guide/logicpro/welcome/mac|logic-pro audio-mixing
docs|beginner|6|Adobe|Lightroom tutorials|https://helpx.adobe.com/lightroom-cc/tutorials.html|photo-editing
docs|intermediate|6|Hugging Face|Audio course|https://huggingface.co/learn/audio-course|ai-audio-generation
# Admin and virtual assistance
course|beginner|20|GCFGlobal|GCFGlobal free tutorials|https://edu.gcfglobal.org/en/|microsoft-office microsoft-word excel google-sheets virtual-assistant administrative-support soft-skills @admin-va
course|beginner|10|GCFGlobal|Excel tutorials|https://edu.gcfglobal.org/en/excel/|excel data-entry
docs|beginner|8|Microsoft|Excel help and learning|https://support.microsoft.com/en-us/excel|excel financial-modeling
docs|beginner|6|Microsoft|Microsoft 365 training|https://support.microsoft.com/en-us/training|microsoft-office microsoft-word microsoft-access presentation-design administrative-support
docs|beginner|5|Microsoft|Access help and learning|https://support.microsoft.com/en-us/access|microsoft-access databases
docs|beginner|5|Google|Google Workspace learning center|https://support.google.com/a/users|google-sheets virtual-assistant administrative-support pdf-editing
docs|beginner|3|Adobe|Acrobat tutorials|https://helpx.adobe.com/acrobat/tutorials.html|pdf-editing
docs|beginner|4|Notion|Notion help and guides|https://www.notion.com/help/guides|notion project-coordination
course|beginner|4|Asana|Asana Academy|https://academy.asana.com/|asana project-coordination
docs|beginner|5|Atlassian|Agile coach|https://www.atlassian.com/agile|agile project-coordination product-management
docs|beginner|1|Scrum.org and Scrum Inc.|The Scrum Guide|https://scrumguides.org/|agile
certificate|beginner|140|Google|Project Management Certificate|https://grow.google/certificates/project-management/|project-coordination
docs|beginner|4|Google|Search help: how to search on Google|https://support.google.com/websearch|web-research online-research data-collection email-finding lead-list-building
# Finance
course|beginner|20|AccountingCoach|AccountingCoach|https://www.accountingcoach.com/|accounting bookkeeping accounting-principles-practices account-reconciliation financial-reporting @finance
course|beginner|30|Khan Academy|Economics and finance|https://www.khanacademy.org/economics-finance-domain|economics financial-analysis accounting @finance
docs|beginner|10|Intuit|QuickBooks learn and support|https://quickbooks.intuit.com/learn-support/|quickbooks bookkeeping
course|beginner|10|Xero|Xero Central: help and learning|https://central.xero.com/|xero bookkeeping
docs|intermediate|20|Corporate Finance Institute|CFI resources library|https://corporatefinanceinstitute.com/resources/|financial-modeling financial-analysis financial-reporting
course|beginner|4|Khan Academy|Housing: renting, buying and mortgages|https://www.khanacademy.org/economics-finance-domain/core-finance/housing|real-estate-industry real-estate-va
docs|intermediate|10|Oracle|NetSuite documentation|https://docs.oracle.com/en/cloud/saas/netsuite/|netsuite
docs|beginner|4|TradingView|TradingView help center|https://www.tradingview.com/support/|tradingview
course|beginner|20|Internal Revenue Service|Link and Learn Taxes|https://apps.irs.gov/app/vita/|tax-preparation
# Sales and support
docs|beginner|4|LinkedIn|Sales Navigator help|https://www.linkedin.com/help/sales-navigator|linkedin-sales-navigator lead-generation b2b-sales
course|beginner|4|Apollo.io|Apollo Academy|https://www.apollo.io/academy|apollo-io lead-generation lead-list-building email-finding cold-calling
course|beginner|6|Zendesk|Zendesk training|https://training.zendesk.com/|customer-support helpdesk-software live-chat-support customer-support-plugin @support
certificate|beginner|150|Google|IT Support Certificate|https://grow.google/certificates/it-support/|technical-support customer-support @support
# Engineering
course|beginner|30|Khan Academy|Electrical engineering|https://www.khanacademy.org/science/electrical-engineering|electrical-engineering electronics electronic-design
docs|intermediate|30|All About Circuits|All About Circuits textbook|https://www.allaboutcircuits.com/textbook/|electronics electrical-engineering electronic-design
course|intermediate|50|MIT OpenCourseWare|MIT OpenCourseWare|https://ocw.mit.edu/|civil-engineering energy-engineering electrical-engineering @engineering
# Business, legal, teaching, coaching
docs|beginner|4|U.S. Small Business Administration|Write your business plan|https://www.sba.gov/business-guide/plan-your-business/write-your-business-plan|business-plan startup-consulting business-consulting @business
course|beginner|20|Y Combinator|Startup School|https://www.startupschool.org/|startup-consulting saas product-management business-plan
docs|beginner|6|Atlassian|Product management guide|https://www.atlassian.com/agile/product-management|product-management
docs|intermediate|10|IIBA|International Institute of Business Analysis|https://www.iiba.org/|business-analysis business-process-modeling
docs|beginner|6|Object Management Group|BPMN specification and introduction|https://www.bpmn.org/|business-process-modeling
docs|beginner|5|GDPR.eu|GDPR guide for organisations|https://gdpr.eu/|gdpr-compliance compliance @legal
docs|intermediate|6|U.S. Department of Defense|CMMC program (DoD CIO)|https://dodcio.defense.gov/CMMC/|cmmc compliance
docs|beginner|5|U.S. Department of Health and Human Services|HIPAA for professionals|https://www.hhs.gov/hipaa/for-professionals/index.html|hipaa compliance
docs|beginner|5|Cornell Law School|Legal Information Institute: Wex|https://www.law.cornell.edu/wex|legal-research contract-law contract-drafting legal-consulting @legal
course|beginner|20|Khan Academy|Math (all levels)|https://www.khanacademy.org/math|math-tutoring tutoring @teaching
course|beginner|20|Khan Academy|Health and medicine|https://www.khanacademy.org/science/health-and-medicine|healthcare-industry
course|beginner|15|Coursera (UC San Diego)|Learning How to Learn|https://www.coursera.org/learn/learning-how-to-learn|tutoring course-creation curriculum-development @teaching
docs|beginner|6|Articulate|E-Learning Heroes|https://community.articulate.com/|elearning-development course-creation
docs|beginner|6|U.S. Department of Labor|CareerOneStop|https://www.careeronestop.org/|career-coaching recruiting soft-skills resume-writing @lifestyle
docs|beginner|5|U.S. Department of Agriculture|Nutrition.gov|https://www.nutrition.gov/|nutrition-coaching @lifestyle
docs|beginner|3|U.S. Department of State|Travel.State.Gov: traveler information|https://travel.state.gov/|travel-advice
`;
